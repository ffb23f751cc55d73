import {
  errorResponseSchema,
  recoveryCodesResponseSchema,
  totpConfirmBodySchema,
  totpDisableBodySchema,
  totpEnrolmentResponseSchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../../lib/errors';
import { recordLoginAttempt } from '../session/login-throttle';
import { assertCurrentPassword } from './password-change';
import {
  codeError,
  confirmEnrolment,
  disableTwoFactor,
  hasTwoFactor,
  isMasterUser,
  startEnrolment,
  verifySecondFactor,
} from './two-factor';

const tags = ['account'];
const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  409: errorResponseSchema,
  429: errorResponseSchema,
};

/** Enrolment in two-factor sign-in (RFC 6238 codes of an authenticator app) and its switching off. */
const twoFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/account/two-factor',
    {
      schema: {
        tags,
        summary: 'Start two-factor enrolment: a new secret and its otpauth:// URI, to scan',
        response: { 200: totpEnrolmentResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request) => startEnrolment(app.db, app.totpSecrets, request.session!.user),
  );

  app.post(
    '/account/two-factor/confirmation',
    {
      schema: {
        tags,
        summary: 'Confirm the enrolment with a first code; answers the recovery codes, shown once',
        body: totpConfirmBodySchema,
        response: { 200: recoveryCodesResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request) => ({
      recoveryCodes: await confirmEnrolment(
        app.db,
        app.totpSecrets,
        request.session!.user,
        request.body.code,
      ),
    }),
  );

  app.post(
    '/account/two-factor/disable',
    {
      schema: {
        tags,
        summary: 'Switch two-factor off with the password (not while a Master User: 409)',
        body: totpDisableBodySchema,
        response: { 204: z.null(), ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request, reply) => {
      const { user } = request.session!;
      if (!(await hasTwoFactor(app.db, user.id))) {
        throw new HttpError(409, 'two_factor_disabled', 'Two-factor sign-in is not on.');
      }
      // required for Master Users once enrolled (issue 6): a Master answers for every user's access
      if (await isMasterUser(app.db, user.id)) {
        throw new HttpError(
          409,
          'two_factor_required_for_master',
          'A Master User keeps two-factor sign-in on: it can be switched off once you are no longer a Master User of any employer.',
        );
      }
      await assertCurrentPassword(app.db, user, request.body.password, { ip: request.ip, path: 'password' });
      const { code } = request.body;
      // a wrong code counts against the account like a wrong password
      if (code !== undefined && !(await verifySecondFactor(app.db, app.totpSecrets, user.id, code))) {
        await recordLoginAttempt(app.db, user.email, request.ip, false);
        throw codeError();
      }
      await app.db.transaction((tx) => disableTwoFactor(tx, user.id));
      return reply.code(204).send(null);
    },
  );
};

export default twoFactorRoutes;
