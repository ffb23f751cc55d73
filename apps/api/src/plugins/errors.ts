import { issueMessageKey, validationMessages } from '@groupdesk/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from '../lib/errors';

interface ErrorBody {
  error: { code: string; message: string; details?: Array<{ path: string; code: string; message: string }> };
}

const body = (code: string, message: string, details?: ErrorBody['error']['details']): ErrorBody => ({
  error: details ? { code, message, details } : { code, message },
});

/** Fastify's own client errors, by their code, with what to tell the client. */
const frameworkErrors: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported_media_type',
    'Send JSON (application/json) or multipart/form-data.',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_body', 'The request body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_body', 'The request body is not valid JSON.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_body', 'The Content-Length header is wrong.'],
  FST_REQ_FILE_TOO_LARGE: [413, 'payload_too_large', 'The file is too large.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [
    415,
    'unsupported_media_type',
    'Send the file as multipart/form-data.',
  ],
};

/** One error handler: every error has the same JSON shape, and no 5xx message or stack reaches the client. */
export default fp(
  async function errors(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const details = error.validation.map((issue) => {
          const key = issueMessageKey({ code: issue.keyword, message: issue.message ?? '', ...issue.params });
          const keys = (issue.params as { keys?: string[] }).keys;
          const path = [issue.instancePath.slice(1).replaceAll('/', '.'), keys?.join(',')]
            .filter(Boolean)
            .join('.');
          return { path, code: key, message: validationMessages[key].en };
        });
        return reply
          .code(400)
          .send(body('validation_failed', 'The request is not valid; see details.', details));
      }
      if (error instanceof HttpError) {
        if (error.headers) void reply.headers(error.headers);
        return reply.code(error.statusCode).send(body(error.code, error.message, error.details));
      }
      const known = error.code ? frameworkErrors[error.code] : undefined;
      if (known) return reply.code(known[0]).send(body(known[1], known[2]));
      if (error.statusCode === 429) return reply.code(429).send(body('too_many_requests', error.message));
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return reply.code(error.statusCode).send(body('bad_request', error.message));
      }
      request.log.error({ err: error }, 'request failed');
      return reply
        .code(500)
        .send(body('internal_error', 'Something went wrong on our side. Try again later.'));
    });

    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`)),
    );
  },
  { name: 'errors' },
);
