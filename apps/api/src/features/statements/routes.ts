import {
  actionResponseSchema,
  affiliateParamsSchema,
  employerParamsSchema,
  errorResponseSchema,
  statementListResponseSchema,
  statementParamsSchema,
  statementPrintBodySchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/errors';
import { employerRouteErrors } from '../../lib/route-errors';
import { employerAccessOf } from '../../plugins/employer-access';
import { journalAccountManagerRead } from '../journal/journal';
import { printStatement } from './statement-file';
import { requestStatementPrint } from './statement-print';
import { listStatements } from './statement-queries';

const tags = ['statements'];

const statementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers/:employerId/affiliates/:affiliateId/statements',
    {
      schema: {
        tags,
        summary: "Every year's benefit statement of an affiliate, newest first",
        params: affiliateParamsSchema,
        response: { 200: statementListResponseSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => {
      const access = employerAccessOf(request);
      const statements = await listStatements(app.db, access, request.params.affiliateId);
      if (!statements) throw notFound('Affiliate');
      // an account manager's look at personal data is itself journaled
      await journalAccountManagerRead(app.db, access, request.session!.user.id, {
        kind: 'affiliate.statements-viewed',
        affiliateId: request.params.affiliateId,
        after: { shown: statements.items.length },
      });
      return statements;
    },
  );

  app.get(
    '/employers/:employerId/affiliates/:affiliateId/statements/:statementId/pdf',
    {
      schema: {
        tags,
        summary: "One benefit statement as a PDF in the affiliate's language (journaled)",
        params: statementParamsSchema,
        response: { 200: z.unknown().describe('The PDF, sent as an attachment'), ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request, reply) => {
      const file = await printStatement(
        app.db,
        employerAccessOf(request),
        request.session!.user.id,
        request.params,
        { insurerName: app.config.INSURER_NAME, portalUrl: app.config.PORTAL_URL, printedAt: new Date() },
      );
      if (!file) throw notFound('Statement');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .send(file.pdf);
    },
  );

  app.post(
    '/employers/:employerId/statements/prints',
    {
      schema: {
        tags,
        summary:
          'Print many: the statements of one year for a selection of affiliates, a contract or all, in one PDF made in the background',
        params: employerParamsSchema,
        body: statementPrintBodySchema,
        response: { 202: actionResponseSchema, 409: errorResponseSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request, reply) => {
      const action = await requestStatementPrint(
        app,
        employerAccessOf(request),
        request.session!.user.id,
        request.body,
      );
      return reply.code(202).send({ action });
    },
  );
};

export default statementRoutes;
