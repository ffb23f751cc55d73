import { actionResponseSchema, employerParamsSchema } from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { employerAccessOf } from '../../plugins/employer-access';
import { requestInsuredListExport } from './insured-list-export';
import { employerRouteErrors } from '../../lib/route-errors';

const tags = ['insured-list'];

const insuredListRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/employers/:employerId/insured-list/exports',
    {
      schema: {
        tags,
        summary: 'Ask for the insured list ("liste des assurés"); the workbook is written in the background',
        params: employerParamsSchema,
        response: { 202: actionResponseSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request, reply) => {
      const action = await requestInsuredListExport(app, employerAccessOf(request), request.session!.user.id);
      return reply.code(202).send({ action });
    },
  );
};

export default insuredListRoutes;
