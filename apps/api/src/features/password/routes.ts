import {
  errorResponseSchema,
  forgottenPasswordBodySchema,
  linkRequestedResponseSchema,
  passwordLinkBodySchema,
  passwordLinkResponseSchema,
  secondFactorResponseSchema,
  sessionResponseSchema,
  setPasswordBodySchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hasTwoFactor } from '../account/two-factor';
import { writeJournal } from '../journal/journal';
import { startLoginChallenge } from '../session/login-challenge';
import { describeSession } from '../session/session-service';
import { throttleLinkRequest } from './link-throttle';
import { findPasswordLink } from './password-tokens';
import {
  inspectPasswordLink,
  renewPasswordLink,
  requestPasswordReset,
  setPasswordWithLink,
} from './password-service';

const tags = ['password'];
const errors = {
  400: errorResponseSchema,
  404: errorResponseSchema,
  410: errorResponseSchema,
  429: errorResponseSchema,
};

// Tokens travel in JSON bodies, never in an API URL, so that no access log keeps them.
const passwordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/password/forgotten',
    {
      schema: {
        tags,
        summary: 'Forgotten password: a reset link by e-mail; the same answer whether the address is known',
        body: forgottenPasswordBodySchema,
        response: { 202: linkRequestedResponseSchema, 400: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await throttleLinkRequest(app.db, request.body.email, request.ip);
      await requestPasswordReset(app.db, request.body.email, app.config.APP_URL);
      app.emailDispatch.nudge();
      return reply.code(202).send({ requested: true });
    },
  );

  app.post(
    '/password/link',
    {
      schema: {
        tags,
        summary: 'What a set-password link is for; 404 when used or unknown, 410 when expired',
        body: passwordLinkBodySchema,
        response: { 200: passwordLinkResponseSchema, ...errors },
      },
    },
    async (request) => inspectPasswordLink(app.db, request.body.token),
  );

  app.post(
    '/password/link/renewal',
    {
      schema: {
        tags,
        summary: "A new link, sent to the address of an expired (or used) link's user",
        body: passwordLinkBodySchema,
        response: { 202: linkRequestedResponseSchema, 400: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const link = await findPasswordLink(app.db, request.body.token);
      await throttleLinkRequest(app.db, link?.user.email ?? null, request.ip);
      await renewPasswordLink(app.db, request.body.token, app.config.APP_URL);
      app.emailDispatch.nudge();
      return reply.code(202).send({ requested: true });
    },
  );

  app.post(
    '/password',
    {
      schema: {
        tags,
        summary: 'Set a password with a link, once; logs in (or asks for the two-factor code)',
        body: setPasswordBodySchema,
        response: { 200: sessionResponseSchema, 202: secondFactorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = await setPasswordWithLink(app.db, request.body.token, request.body.password);
      // a new password is no way around the second factor
      if (await hasTwoFactor(app.db, user.id)) {
        startLoginChallenge(reply, user.id);
        return reply.code(202).send({ secondFactor: 'totp' as const });
      }
      const session = await app.startSession(request, reply, user);
      await writeJournal(app.db, { kind: 'session.login', actorUserId: user.id, targetUserId: user.id });
      return describeSession(app.db, session);
    },
  );
};

export default passwordRoutes;
