import {
  acceptanceDecisionBodySchema,
  acceptanceParamsSchema,
  affiliateDetailSchema,
  affiliateEventBodySchema,
  affiliateEventListSchema,
  affiliateEventSchema,
  affiliateExitBodySchema,
  affiliateParamsSchema,
  affiliationBodySchema,
  employerParamsSchema,
  errorResponseSchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../lib/errors';
import { employerRouteErrors } from '../../lib/route-errors';
import { employerAccessOf } from '../../plugins/employer-access';
import { findAffiliateDetail } from '../affiliates/affiliate-queries';
import { journalAccountManagerRead } from '../journal/journal';
import { decideAcceptance } from './acceptance-service';
import { createAffiliation } from './affiliation-service';
import { listAffiliateEvents } from './event-queries';
import { recordAffiliateEvent } from './event-service';
import { recordExit } from './exit-service';

const tags = ['affiliates'];
const writeErrors = { ...employerRouteErrors, 409: errorResponseSchema };

/** The affiliate's life: affiliation, the changes that take effect on the mutation date, the exit. */
const lifeEventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/employers/:employerId/affiliates',
    {
      schema: {
        tags,
        summary:
          'Affiliate a new employee to contracts of the employer, with the medical formality their guarantees call for (journaled)',
        params: employerParamsSchema,
        body: affiliationBodySchema,
        response: { 201: affiliateDetailSchema, ...writeErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request, reply) => {
      const access = employerAccessOf(request);
      const affiliateId = await createAffiliation(app.db, access, request.session!.user.id, request.body, {
        invitationDelay: app.config.INVITATION_DELAY,
      });
      // the address's confirmation is queued: send it now rather than at the next poll
      if (request.body.professionalEmail) app.emailDispatch.nudge();
      const detail = await findAffiliateDetail(app.db, access, affiliateId);
      return reply.code(201).send(detail!);
    },
  );

  app.get(
    '/employers/:employerId/affiliates/:affiliateId/events',
    {
      schema: {
        tags,
        summary: "The affiliate's history: affiliation, changes with their mutation date, exit",
        params: affiliateParamsSchema,
        response: { 200: affiliateEventListSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => {
      const access = employerAccessOf(request);
      const items = await listAffiliateEvents(app.db, access, request.params.affiliateId);
      if (!items) throw notFound('Affiliate');
      // family situation and suspensions are personal data: an account manager's look is journaled
      await journalAccountManagerRead(app.db, access, request.session!.user.id, {
        kind: 'affiliate.events-viewed',
        affiliateId: request.params.affiliateId,
      });
      return { items };
    },
  );

  app.post(
    '/employers/:employerId/affiliates/:affiliateId/events',
    {
      schema: {
        tags,
        summary:
          'Record a change of occupancy rate, family situation, category, or a suspension of the employment contract or its end (journaled)',
        params: affiliateParamsSchema,
        body: affiliateEventBodySchema,
        response: { 201: affiliateEventSchema, ...writeErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request, reply) => {
      const event = await recordAffiliateEvent(
        app.db,
        employerAccessOf(request),
        request.session!.user.id,
        request.params.affiliateId,
        request.body,
      );
      return reply.code(201).send(event);
    },
  );

  app.post(
    '/employers/:employerId/affiliates/:affiliateId/acceptances/:affiliationId/decision',
    {
      schema: {
        tags,
        summary:
          "Record the insurer's answer to a pending medical acceptance: accepted, or refused with the cover kept up to the Free Cover Limit (journaled)",
        params: acceptanceParamsSchema,
        body: acceptanceDecisionBodySchema,
        response: { 200: affiliateDetailSchema, ...writeErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request) => {
      const access = employerAccessOf(request);
      const { affiliateId, affiliationId } = request.params;
      await decideAcceptance(
        app.db,
        access,
        request.session!.user.id,
        { affiliateId, affiliationId },
        request.body,
      );
      return (await findAffiliateDetail(app.db, access, affiliateId))!;
    },
  );

  app.post(
    '/employers/:employerId/affiliates/:affiliateId/exit',
    {
      schema: {
        tags,
        summary:
          'Record the exit (sortie de service): from the exit date notices go to the private address only (journaled)',
        params: affiliateParamsSchema,
        body: affiliateExitBodySchema,
        response: { 201: affiliateEventSchema, ...writeErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request, reply) => {
      const event = await recordExit(
        app.db,
        employerAccessOf(request),
        request.session!.user.id,
        request.params.affiliateId,
        request.body,
      );
      return reply.code(201).send(event);
    },
  );
};

export default lifeEventRoutes;
