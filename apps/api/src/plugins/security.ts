import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../lib/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function comesFromAnotherSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

/**
 * CSRF: the session cookie is SameSite=Strict, state-changing routes take JSON or multipart only, and a
 * browser request that says it comes from another site is refused. API clients without Origin pass.
 */
export default fp(
  async function security(app: FastifyInstance) {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // swagger-ui's page needs its inline bootstrap; the SPA itself needs neither
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          // plain http on localhost and behind a TLS-terminating proxy alike
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      // a browser ignores it over plain http (localhost), and keeps to https once it met the site there
      hsts: { maxAge: 31_536_000, includeSubDomains: false },
    });

    // answers carry personal data: no browser or proxy cache keeps them (files set their own no-store)
    app.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
        void reply.header('cache-control', 'no-store');
      }
    });

    app.addHook('onRequest', async (request) => {
      if (SAFE_METHODS.has(request.method)) return;
      if (comesFromAnotherSite(request)) {
        throw new HttpError(403, 'cross_site_request', 'Requests from another site are refused.');
      }
    });

    // a cross-site HTML form can only send these; nothing here accepts them
    app.removeContentTypeParser('text/plain');
    app.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'text/plain'],
      (_request, _payload, done) =>
        done(
          new HttpError(
            415,
            'unsupported_media_type',
            'Send JSON (application/json) or multipart/form-data.',
          ),
        ),
    );
  },
  { name: 'security' },
);
