import {
  errorResponseSchema,
  loginBodySchema,
  secondFactorResponseSchema,
  sessionResponseSchema,
  updatePreferencesBodySchema,
} from '@groupdesk/contracts';
import { normalizeEmail } from '@groupdesk/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../../lib/errors';
import { hasTwoFactor } from '../account/two-factor';
import { writeJournal } from '../journal/journal';
import { startLoginChallenge } from './login-challenge';
import { assertLoginAllowed, recordLoginAttempt } from './login-throttle';
import secondFactorRoutes from './second-factor-routes';
import { describeSession, hasAccessLeft, updateUserLanguage, verifyCredentials } from './session-service';

const tags = ['session'];

const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/session',
    {
      schema: {
        tags,
        summary: 'Log in',
        body: loginBodySchema,
        response: {
          200: sessionResponseSchema,
          // two-factor sign-in: the code follows at POST /api/session/two-factor
          202: secondFactorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      await assertLoginAllowed(app.db, email, request.ip);
      const user = await verifyCredentials(app.db, email, request.body.password);
      await recordLoginAttempt(app.db, email, request.ip, user !== null);
      if (!user)
        throw new HttpError(401, 'invalid_credentials', 'The e-mail address or the password is wrong.');
      // said only to whoever knows the password, so it reveals nothing about the account to anyone else
      if (!(await hasAccessLeft(app.db, user)))
        throw new HttpError(
          403,
          'access_ended',
          'Your access has ended. Ask a Master User of your employer if you need it again.',
        );
      if (await hasTwoFactor(app.db, user.id)) {
        startLoginChallenge(reply, user.id);
        return reply.code(202).send({ secondFactor: 'totp' as const });
      }
      const session = await app.startSession(request, reply, user);
      await writeJournal(app.db, { kind: 'session.login', actorUserId: user.id, targetUserId: user.id });
      return describeSession(app.db, session);
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags,
        summary: 'Who am I',
        response: { 200: sessionResponseSchema, 401: errorResponseSchema },
      },
      onRequest: app.requireUser,
    },
    async (request) => describeSession(app.db, request.session!),
  );

  app.patch(
    '/session',
    {
      schema: {
        tags,
        summary: "Change the user's preferences (interface language)",
        body: updatePreferencesBodySchema,
        response: { 200: sessionResponseSchema, 401: errorResponseSchema },
      },
      onRequest: app.requireUser,
    },
    async (request) => {
      const session = request.session!;
      await updateUserLanguage(app.db, session.user.id, request.body.language);
      return describeSession(app.db, {
        ...session,
        user: { ...session.user, language: request.body.language },
      });
    },
  );

  app.delete(
    '/session',
    { schema: { tags, summary: 'Log out', response: { 204: z.null() } } },
    async (request, reply) => {
      await app.endSession(request, reply);
      return reply.code(204).send(null);
    },
  );

  await app.register(secondFactorRoutes);
};

export default sessionRoutes;
