import {
  errorResponseSchema,
  medicalAcceptanceBodySchema,
  medicalAcceptanceResponseSchema,
} from '@groupdesk/contracts';
import { medicalFormality } from '@groupdesk/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../lib/errors';

const tags = ['rules'];

/** The regulation's rules as pure computations: nothing is read or stored, any logged-in user may ask. */
const ruleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/rules/medical-acceptance',
    {
      schema: {
        tags,
        summary: 'The medical formality asked at affiliation for a death capital or a disability annuity',
        body: medicalAcceptanceBodySchema,
        response: {
          200: medicalAcceptanceResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
        },
      },
      onRequest: app.requireUser,
    },
    async (request) => {
      try {
        return { formality: medicalFormality(request.body) };
      } catch (error) {
        // the schema refuses what the rule refuses; should they ever drift apart, this stays a 400, not a 500
        if (error instanceof RangeError) throw new HttpError(400, 'invalid_input', error.message);
        throw error;
      }
    },
  );
};

export default ruleRoutes;
