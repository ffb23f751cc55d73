import {
  employerParamsSchema,
  errorResponseSchema,
  incapacityBodySchema,
  incapacityCloseBodySchema,
  incapacityListQuerySchema,
  incapacityListResponseSchema,
  incapacityParamsSchema,
  incapacitySchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { employerRouteErrors } from '../../lib/route-errors';
import { employerAccessOf } from '../../plugins/employer-access';
import { journalAccountManagerRead } from '../journal/journal';
import { listIncapacities } from './incapacity-queries';
import { closeIncapacity, declareIncapacity } from './incapacity-service';

const tags = ['incapacities'];
const writeErrors = { ...employerRouteErrors, 409: errorResponseSchema };

/** Incapacities to work declared by the employer (seed 002). */
const incapacityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers/:employerId/incapacities',
    {
      schema: {
        tags,
        summary: "The employer's incapacities to work (open ones by default), with what follows from each",
        params: employerParamsSchema,
        querystring: incapacityListQuerySchema,
        response: { 200: incapacityListResponseSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => {
      const access = employerAccessOf(request);
      const page = await listIncapacities(app.db, access, request.query);
      // who is unable to work, and why, is health data: an account manager's look is journaled
      await journalAccountManagerRead(app.db, access, request.session!.user.id, {
        kind: 'incapacities.listed',
        after: { ...request.query, shown: page.items.length, total: page.total },
      });
      return page;
    },
  );

  app.post(
    '/employers/:employerId/incapacities',
    {
      schema: {
        tags,
        summary:
          'Declare an incapacity to work: guaranteed pay, the insurer’s start and the reporting deadline follow (journaled)',
        params: employerParamsSchema,
        body: incapacityBodySchema,
        response: { 201: incapacitySchema, ...writeErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request, reply) => {
      const incapacity = await declareIncapacity(
        app.db,
        employerAccessOf(request),
        request.session!.user.id,
        request.body,
      );
      return reply.code(201).send(incapacity);
    },
  );

  app.post(
    '/employers/:employerId/incapacities/:incapacityId/close',
    {
      schema: {
        tags,
        summary: 'Close an incapacity on the return to work: records its last day (journaled)',
        params: incapacityParamsSchema,
        body: incapacityCloseBodySchema,
        response: { 200: incapacitySchema, ...writeErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request) =>
      closeIncapacity(
        app.db,
        employerAccessOf(request),
        request.session!.user.id,
        request.params.incapacityId,
        request.body,
      ),
  );
};

export default incapacityRoutes;
