import { errorResponseSchema, loginCodeBodySchema, sessionResponseSchema } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../lib/errors';
import { verifySecondFactor } from '../account/two-factor';
import { writeJournal } from '../journal/journal';
import { endLoginChallenge, pendingLoginOf } from './login-challenge';
import { assertLoginAllowed, recordLoginAttempt } from './login-throttle';
import { describeSession } from './session-service';

const { users } = schema;

/** The second step of a login with two-factor sign-in: the code of the app, or a recovery code. */
const secondFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/session/two-factor',
    {
      schema: {
        tags: ['session'],
        summary: 'Second login step: the authenticator code (or a recovery code) after the password',
        body: loginCodeBodySchema,
        response: {
          200: sessionResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const userId = pendingLoginOf(request);
      const [user] = userId
        ? await app.db
            .select({
              id: users.id,
              email: users.email,
              name: users.name,
              language: users.language,
              kind: users.kind,
            })
            .from(users)
            .where(and(eq(users.id, userId), isNull(users.disabledAt), isNotNull(users.totpEnabledAt)))
        : [];
      if (!user) {
        throw new HttpError(401, 'login_expired', 'Give your e-mail address and password again.');
      }
      await assertLoginAllowed(app.db, user.email, request.ip);
      const used = await verifySecondFactor(app.db, app.totpSecrets, user.id, request.body.code);
      await recordLoginAttempt(app.db, user.email, request.ip, used !== null);
      if (!used) throw new HttpError(401, 'invalid_code', 'This code is not right, or it was used already.');
      endLoginChallenge(reply);
      const session = await app.startSession(request, reply, user);
      await writeJournal(app.db, {
        kind: 'session.login',
        actorUserId: user.id,
        targetUserId: user.id,
        after: { secondFactor: used },
      });
      return describeSession(app.db, session);
    },
  );
};

export default secondFactorRoutes;
