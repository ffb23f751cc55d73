import {
  errorResponseSchema,
  portalRegistrationBodySchema,
  portalRegistrationResponseSchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordPortalRegistration } from './portal-registrations';
import { requireServiceToken } from './service-token';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  404: errorResponseSchema,
  503: errorResponseSchema,
};

/** Calls from the insurer's other systems, with a service token (never a user session). */
const integrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/integrations/portal/registrations',
    {
      schema: {
        tags: ['integrations'],
        summary: 'The employee portal reports a registration, with an optional private address and language',
        security: [{ bearerAuth: [] }],
        body: portalRegistrationBodySchema,
        response: { 200: portalRegistrationResponseSchema, ...errors },
      },
      onRequest: requireServiceToken(app.config.PORTAL_TOKEN, 'employee portal'),
    },
    async (request) => recordPortalRegistration(app.db, request.body),
  );
};

export default integrationRoutes;
