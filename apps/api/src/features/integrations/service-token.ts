import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../../lib/errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Checks the `Authorization: Bearer …` of a system calling in (the employee portal, the back office) against
 * its configured token, in constant time. Unset token: the integration is off (503), not open.
 */
export function requireServiceToken(token: string | undefined, name: string) {
  return async (request: FastifyRequest) => {
    if (!token)
      throw new HttpError(503, 'not_configured', `The ${name} integration is not configured on this server.`);
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), digest(token))) {
      throw new HttpError(401, 'unauthorized', 'A valid service token is required.', undefined, {
        'www-authenticate': 'Bearer',
      });
    }
  };
}
