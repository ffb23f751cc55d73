import {
  emailCoverageQuerySchema,
  emailCoverageResponseSchema,
  errorResponseSchema,
  portfolioResponseSchema,
} from '@groupdesk/contracts';
import type { Executor } from '@groupdesk/db';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { forbidden, notFound } from '../../lib/errors';
import { listEmployerAccess } from '../access/employer-access';
import { emailCoverage } from './email-coverage';
import { listPortfolio } from './portfolio-queries';

const tags = ['portfolio'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

/** The portfolio is the insurer's view: its employers' users have their own employer pages. */
async function portfolioOf(db: Executor, request: FastifyRequest) {
  const user = request.session!.user;
  if (user.kind === 'employer') throw forbidden("The portfolio is the insurer's account managers' home.");
  return listEmployerAccess(db, user);
}

const portfolioRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/portfolio',
    {
      schema: {
        tags,
        summary:
          "An account manager's employers with their figures: e-mail shares, invitations, registrations, missing numbers, last upload",
        response: { 200: portfolioResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request) => ({ items: await listPortfolio(app.db, await portfolioOf(app.db, request)) }),
  );

  app.get(
    '/portfolio/email-coverage',
    {
      schema: {
        tags,
        summary:
          'Share of affiliates with a professional address at the end of each of the last 12 months, for the portfolio or one employer of it',
        querystring: emailCoverageQuerySchema,
        response: { 200: emailCoverageResponseSchema, 404: errorResponseSchema, ...errors },
      },
      onRequest: app.requireUser,
    },
    async (request) => {
      const portfolio = await portfolioOf(app.db, request);
      const { employerId } = request.query;
      if (employerId && !portfolio.some((access) => access.employerId === employerId)) {
        throw notFound('Employer');
      }
      const ids = employerId ? [employerId] : portfolio.map((access) => access.employerId);
      return { employerId: employerId ?? null, points: ids.length ? await emailCoverage(app.db, ids) : [] };
    },
  );
};

export default portfolioRoutes;
