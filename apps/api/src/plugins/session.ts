import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  type ActiveSession,
  type SessionPolicy,
  type SessionUser,
  createSession,
  deleteSession,
  findActiveSession,
} from '../features/session/session-store';
import { unauthorized } from '../lib/errors';
import { type SecretBox, secretBox } from '../lib/secret-box';

export const SESSION_COOKIE = 'groupdesk_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: ActiveSession | null;
  }
  interface FastifyInstance {
    sessionPolicy: SessionPolicy;
    /** preHandler: 401 unless a user is logged in */
    requireUser: (request: FastifyRequest) => Promise<void>;
    startSession: (request: FastifyRequest, reply: FastifyReply, user: SessionUser) => Promise<ActiveSession>;
    endSession: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** the two-factor secrets as stored: sealed with a key derived from the session secret */
    totpSecrets: SecretBox;
  }
}

export default fp(
  async function session(app: FastifyInstance, options: { policy: SessionPolicy; secret: string }) {
    await app.register(cookie, { secret: options.secret });
    const cookieOptions = {
      path: '/',
      httpOnly: true,
      sameSite: 'strict' as const,
      secure: 'auto' as const,
      signed: true,
    };

    app.decorate('sessionPolicy', options.policy);
    app.decorate('totpSecrets', secretBox(options.secret, 'totp-secret'));
    app.decorateRequest('session', null);

    const tokenOf = (request: FastifyRequest): string | null => {
      const raw = request.cookies[SESSION_COOKIE];
      if (!raw) return null;
      const unsigned = request.unsignCookie(raw);
      return unsigned.valid ? unsigned.value : null;
    };

    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      const token = tokenOf(request);
      request.session = token ? await findActiveSession(app.db, token, options.policy) : null;
    });

    app.decorate('requireUser', async (request: FastifyRequest) => {
      if (!request.session) throw unauthorized();
    });

    // a new token at every login: a token planted before the login is worth nothing after it
    app.decorate('startSession', async (request: FastifyRequest, reply: FastifyReply, user: SessionUser) => {
      const previous = tokenOf(request);
      if (previous) await deleteSession(app.db, previous);
      const { token, id, expiresAt } = await createSession(app.db, user.id, options.policy, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      void reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
      return { id, user, expiresAt };
    });

    app.decorate('endSession', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = tokenOf(request);
      if (token) await deleteSession(app.db, token);
      void reply.clearCookie(SESSION_COOKIE, cookieOptions);
    });
  },
  { name: 'session', dependencies: ['database'] },
);
