import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../lib/errors';
import { employerAccessOf } from '../../plugins/employer-access';

/**
 * preHandler after requireEmployer(): only a Master User of this employer grants, changes and revokes
 * access (seeds 001_…: the Master User answers for every user of the platform). A Master User limited to
 * some contracts does so within those contracts only (master-scope.ts).
 */
export async function requireMaster(request: FastifyRequest): Promise<void> {
  if (employerAccessOf(request).access !== 'master') {
    throw forbidden("Only a Master User of this employer manages its users' access.");
  }
}
