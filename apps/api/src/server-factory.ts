import Fastify, { type FastifyRequest, type FastifyServerOptions } from 'fastify';
import app, { type AppOptions } from './app';

/** A Fastify instance with the app registered and ready: used by server.ts, the worker and the tests. */
export async function buildServer(options: AppOptions & { logger?: FastifyServerOptions['logger'] }) {
  const server = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1_048_576,
    trustProxy: options.config.TRUST_PROXY,
    routerOptions: { maxParamLength: 200 },
  });
  await server.register(app, options);
  await server.ready();
  return server;
}

/** A set-password link carries its one-time token in the query (`/set-password?token=…`). */
export const withoutTokens = (url: string) => url.replace(/([?&]token=)[^&#]*/g, '$1[redacted]');

/**
 * An error as a log line holds it. A failed query's error carries its parameters, in its message and stack
 * too (a session's id, a password's hash, an affiliate's number): those are left out, the query text stays.
 */
export function errorForLog(error: Error): {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
} {
  const message =
    'query' in error && 'params' in error ? `Failed query: ${String(error.query)}` : error.message;
  return {
    type: error.constructor.name,
    message,
    stack: (error.stack ?? '').replace(error.message, message),
    ...('code' in error ? { code: error.code } : {}),
    ...(error.cause instanceof Error ? { cause: errorForLog(error.cause) } : {}),
  };
}

export const loggerOptions = (level: string) => ({
  level,
  // session tokens and passwords never reach a log line
  redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'body.password'],
  serializers: {
    err: errorForLog,
    req: (request: FastifyRequest) => ({
      method: request.method,
      url: withoutTokens(request.url),
      host: request.host,
      remoteAddress: request.ip,
    }),
  },
});
