import {
  affiliateParamsSchema,
  emailListQuerySchema,
  employerParamsSchema,
  emailListResponseSchema,
  emailParamsSchema,
  emailResponseSchema,
  errorResponseSchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { employerRouteErrors } from '../../lib/route-errors';
import { employerAccessOf } from '../../plugins/employer-access';
import { journalAccountManagerRead } from '../journal/journal';
import { listEmails } from './email-queries';
import { cancelEmail, resendInvitation } from './email-service';

const tags = ['e-mails'];
const errors = { ...employerRouteErrors, 409: errorResponseSchema };

const emailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers/:employerId/emails',
    {
      schema: {
        tags,
        summary:
          "The e-mails sent or scheduled for the employer's affiliates: kind, recipient, status, send time",
        params: employerParamsSchema,
        querystring: emailListQuerySchema,
        response: { 200: emailListResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => {
      const access = employerAccessOf(request);
      const list = await listEmails(app.db, access, request.query);
      // the addresses are personal data: an account manager's look at them is journaled
      await journalAccountManagerRead(app.db, access, request.session!.user.id, {
        kind: 'emails.listed',
        affiliateId: request.query.affiliateId ?? null,
        after: { query: request.query, count: list.items.length },
      });
      return list;
    },
  );

  app.post(
    '/employers/:employerId/emails/:emailId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a scheduled e-mail',
        params: emailParamsSchema,
        body: z.strictObject({}).optional(),
        response: { 200: emailResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request) => ({
      email: await cancelEmail(
        app.db,
        employerAccessOf(request),
        request.session!.user.id,
        request.params.emailId,
      ),
    }),
  );

  app.post(
    '/employers/:employerId/affiliates/:affiliateId/invitations',
    {
      schema: {
        tags,
        summary: 'Send the invitation to register on the employee portal again, now',
        params: affiliateParamsSchema,
        body: z.strictObject({}).optional(),
        response: { 201: emailResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request, reply) => {
      const email = await resendInvitation(
        app.db,
        employerAccessOf(request),
        request.session!.user.id,
        request.params.affiliateId,
      );
      app.emailDispatch.nudge();
      return reply.code(201).send({ email });
    },
  );
};

export default emailRoutes;
