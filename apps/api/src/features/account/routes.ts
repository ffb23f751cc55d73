import {
  accountResponseSchema,
  accountSessionListResponseSchema,
  accountSessionParamsSchema,
  changePasswordBodySchema,
  endedSessionsResponseSchema,
  errorResponseSchema,
} from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/errors';
import { writeAccountJournal } from '../journal/journal';
import { endAccountSession, endOtherSessions, listAccountSessions } from './account-sessions';
import { changePassword } from './password-change';
import { recoveryCodesLeft } from './recovery-codes';
import { isMasterUser } from './two-factor';
import twoFactorRoutes from './two-factor-routes';

const tags = ['account'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 429: errorResponseSchema };

/** The logged-in user's own account: password, two-factor sign-in, sessions. */
const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/account',
    {
      schema: {
        tags,
        summary: 'Two-factor state of my account',
        response: { 200: accountResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request) => {
      const { user } = request.session!;
      const [row] = await app.db
        .select({ enabledAt: schema.users.totpEnabledAt })
        .from(schema.users)
        .where(eq(schema.users.id, user.id));
      const enabledAt = row?.enabledAt ?? null;
      return {
        twoFactor: {
          enabled: enabledAt !== null,
          enabledAt: enabledAt?.toISOString() ?? null,
          recoveryCodesLeft: enabledAt ? await recoveryCodesLeft(app.db, user.id) : 0,
          requiredAsMasterUser: enabledAt !== null && (await isMasterUser(app.db, user.id)),
        },
      };
    },
  );

  app.put(
    '/account/password',
    {
      schema: {
        tags,
        summary: 'Change my password (the current one required); my other sessions end',
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request, reply) => {
      await changePassword(app.db, request.session!, request.body, request.ip);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/account/sessions',
    {
      schema: {
        tags,
        summary: 'My open sessions, this one marked',
        response: { 200: accountSessionListResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request) => {
      const session = request.session!;
      return { items: await listAccountSessions(app.db, session.user.id, session.id, app.sessionPolicy) };
    },
  );

  app.delete(
    '/account/sessions',
    {
      schema: {
        tags,
        summary: 'End all my sessions but this one',
        response: { 200: endedSessionsResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request) => {
      const session = request.session!;
      const ended = await endOtherSessions(app.db, session.user.id, session.id);
      await writeAccountJournal(app.db, {
        kind: 'user.sessions-ended',
        actorUserId: session.user.id,
        targetUserId: session.user.id,
        after: { ended, kept: 'this session' },
      });
      return { ended };
    },
  );

  app.delete(
    '/account/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'End one of my sessions (this one: a log-out)',
        params: accountSessionParamsSchema,
        response: { 200: endedSessionsResponseSchema, 404: errorResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request, reply) => {
      const session = request.session!;
      const ended = await endAccountSession(app.db, session.user.id, request.params.sessionId);
      if (!ended) throw notFound('Session');
      if (ended.id === session.id) await app.endSession(request, reply);
      await writeAccountJournal(app.db, {
        kind: 'user.sessions-ended',
        actorUserId: session.user.id,
        targetUserId: session.user.id,
        after: { ended: 1 },
      });
      return { ended: 1 };
    },
  );

  await app.register(twoFactorRoutes);
};

export default accountRoutes;
