import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type EmployerAccessContext, findEmployerAccess } from '../features/access/employer-access';
import { forbidden, notFound, unauthorized } from '../lib/errors';

declare module 'fastify' {
  interface FastifyRequest {
    employerAccess: EmployerAccessContext | null;
  }
  interface FastifyInstance {
    /** preHandler factory for routes under /employers/:employerId */
    requireEmployer: (options?: { write?: boolean }) => (request: FastifyRequest) => Promise<void>;
  }
}

/** The access context of an employer route, once its preHandler ran. */
export function employerAccessOf(request: FastifyRequest): EmployerAccessContext {
  if (!request.employerAccess) throw new Error('requireEmployer() did not run for this route');
  return request.employerAccess;
}

/**
 * Every employer route checks on the server that the user may see this employer, and write to it when the
 * route changes something. An employer the user may not see answers 404, whether it exists or not.
 */
export default fp(
  async function employerAccess(app: FastifyInstance) {
    app.decorateRequest('employerAccess', null);
    app.decorate(
      'requireEmployer',
      (options: { write?: boolean } = {}) =>
        async (request: FastifyRequest) => {
          if (!request.session) throw unauthorized();
          const { employerId } = request.params as { employerId: string };
          const access = await findEmployerAccess(app.db, request.session.user, employerId);
          if (!access) throw notFound('Employer');
          if (options.write && !access.canWrite) {
            throw forbidden(
              access.access === 'account-manager'
                ? 'Account managers review employers read-only.'
                : 'Your profile is read-only (consultation) for this employer.',
            );
          }
          request.employerAccess = access;
        },
    );
  },
  { name: 'employer-access', dependencies: ['session'] },
);
