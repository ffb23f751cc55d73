import {
  errorResponseSchema,
  statementIssueBodySchema,
  statementIssueResponseSchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { issueStatements } from '../statements/statement-issue';
import { requireServiceToken } from './service-token';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  413: errorResponseSchema,
  503: errorResponseSchema,
};

/** The insurer's back office loads benefit statements, with its own service token (not the portal's). */
const statementIntegrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/integrations/statements',
    {
      schema: {
        tags: ['integrations'],
        summary:
          "Issue a year's benefit statements (created or replaced per affiliate, contract and year); new ones are notified by e-mail",
        security: [{ bearerAuth: [] }],
        body: statementIssueBodySchema,
        response: { 200: statementIssueResponseSchema, ...errors },
      },
      // up to 20,000 statements of about 300 bytes each
      bodyLimit: 16 * 1_048_576,
      onRequest: requireServiceToken(app.config.BACK_OFFICE_TOKEN, 'back office'),
    },
    async (request) => {
      const result = await issueStatements(app.db, request.body);
      // the notices are in the outbox: send them now rather than at the next poll
      if (result.notices > 0) app.emailDispatch.nudge();
      return result;
    },
  );
};

export default statementIntegrationRoutes;
