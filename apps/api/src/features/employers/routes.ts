import {
  contractListResponseSchema,
  employerListResponseSchema,
  employerParamsSchema,
  errorResponseSchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { employerAccessOf } from '../../plugins/employer-access';
import { listEmployerAccess } from '../access/employer-access';
import { listEmployerSummaries, listGroupContracts } from './employer-queries';

const tags = ['employers'];

const employerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers',
    {
      schema: {
        tags,
        summary: 'Employers this user may see, with their figures',
        response: { 200: employerListResponseSchema, 401: errorResponseSchema },
      },
      onRequest: app.requireUser,
    },
    async (request) => {
      const access = await listEmployerAccess(app.db, request.session!.user);
      return { items: await listEmployerSummaries(app.db, access) };
    },
  );

  app.get(
    '/employers/:employerId/contracts',
    {
      schema: {
        tags,
        summary: "The employer's group contracts (530/…) in the user's scope",
        params: employerParamsSchema,
        response: { 200: contractListResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => ({ items: await listGroupContracts(app.db, employerAccessOf(request)) }),
  );
};

export default employerRoutes;
