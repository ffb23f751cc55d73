import {
  employerParamsSchema,
  employerUserListResponseSchema,
  employerUserParamsSchema,
  employerUserResponseSchema,
  errorResponseSchema,
  inviteUserBodySchema,
  updateUserAccessBodySchema,
} from '@groupdesk/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../lib/errors';
import { employerRouteErrors } from '../../lib/route-errors';
import { employerAccessOf } from '../../plugins/employer-access';
import { requireMaster } from './master-only';
import { revokeUserAccess, changeUserAccess } from './user-access-change';
import { resendInvitation } from './user-access-email';
import { inviteUser } from './user-invitation';
import { findEmployerUser, listEmployerUsers } from './user-queries';

const tags = ['users'];
const errors = { ...employerRouteErrors, 409: errorResponseSchema };

/** The Master User's users page: who has access to the employer, granted, changed and revoked here. */
const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const guard = { onRequest: app.requireUser, preHandler: [app.requireEmployer(), requireMaster] };
  const actorOf = (request: FastifyRequest) => ({
    employerId: employerAccessOf(request).employerId,
    userId: request.session!.user.id,
    appUrl: app.config.APP_URL,
    scope: employerAccessOf(request).contractIds,
  });
  const answer = async (request: FastifyRequest, userId: string) => {
    const { employerId, contractIds } = employerAccessOf(request);
    const user = await findEmployerUser(app.db, employerId, userId, contractIds);
    if (!user) throw notFound('User');
    return { user };
  };

  app.get(
    '/employers/:employerId/users',
    {
      schema: {
        tags,
        summary: "The employer's users: profile, contracts, end date, status, last sign-in (Master User)",
        params: employerParamsSchema,
        response: { 200: employerUserListResponseSchema, ...errors },
      },
      ...guard,
    },
    async (request) => ({
      items: await listEmployerUsers(
        app.db,
        request.params.employerId,
        employerAccessOf(request).contractIds,
      ),
    }),
  );

  app.post(
    '/employers/:employerId/users',
    {
      schema: {
        tags,
        summary: 'Grant a person access by e-mail: a set-password link to a new user (Master User)',
        params: employerParamsSchema,
        body: inviteUserBodySchema,
        response: { 201: employerUserResponseSchema, ...errors },
      },
      ...guard,
    },
    async (request, reply) => {
      const userId = await inviteUser(app.db, actorOf(request), request.body);
      app.emailDispatch.nudge();
      return reply.code(201).send(await answer(request, userId));
    },
  );

  app.patch(
    '/employers/:employerId/users/:userId',
    {
      schema: {
        tags,
        summary: "Change a user's role, profile, contracts or end date (Master User)",
        params: employerUserParamsSchema,
        body: updateUserAccessBodySchema,
        response: { 200: employerUserResponseSchema, ...errors },
      },
      ...guard,
    },
    async (request) => {
      await changeUserAccess(app.db, actorOf(request), request.params.userId, request.body);
      return answer(request, request.params.userId);
    },
  );

  app.delete(
    '/employers/:employerId/users/:userId',
    {
      schema: {
        tags,
        summary: "Revoke a user's access at once (Master User); the row stays, as revoked",
        params: employerUserParamsSchema,
        response: { 200: employerUserResponseSchema, ...errors },
      },
      ...guard,
    },
    async (request) => {
      await revokeUserAccess(app.db, actorOf(request), request.params.userId);
      app.emailDispatch.nudge();
      return answer(request, request.params.userId);
    },
  );

  app.post(
    '/employers/:employerId/users/:userId/invitation',
    {
      schema: {
        tags,
        summary: 'Send the invitation again with a new 72-hour link, to a user who has not set a password',
        params: employerUserParamsSchema,
        response: { 200: employerUserResponseSchema, ...errors },
      },
      ...guard,
    },
    async (request) => {
      await resendInvitation(app.db, actorOf(request), request.params.userId);
      app.emailDispatch.nudge();
      return answer(request, request.params.userId);
    },
  );
};

export default userRoutes;
