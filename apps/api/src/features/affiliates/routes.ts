import {
  affiliateDetailSchema,
  affiliateListQuerySchema,
  affiliateListResponseSchema,
  affiliateParamsSchema,
  affiliatePatchBodySchema,
  employerParamsSchema,
  errorResponseSchema,
} from '@groupdesk/contracts';
import { todayInBelgium } from '@groupdesk/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/errors';
import { employerAccessOf } from '../../plugins/employer-access';
import { writeJournal, journalAccountManagerRead } from '../journal/journal';
import { findAffiliateDetail, listAffiliates } from './affiliate-queries';
import { updateAffiliate } from './affiliate-service';
import { missingNumbersFileName, writeMissingNumbersReport } from './missing-numbers-report';
import { exportLanguageOf } from '../insured-list/insured-list-headers';
import { employerRouteErrors } from '../../lib/route-errors';
import { sendWorkbook } from '../../lib/send-workbook';

const tags = ['affiliates'];

const affiliateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers/:employerId/affiliates',
    {
      schema: {
        tags,
        summary: 'Affiliates of the employer, searchable by name, national number or e-mail',
        params: employerParamsSchema,
        querystring: affiliateListQuerySchema,
        response: { 200: affiliateListResponseSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => {
      const access = employerAccessOf(request);
      const page = await listAffiliates(app.db, access, request.query);
      // names, numbers and e-mails on a page are personal data too: an account manager's look is journaled
      await journalAccountManagerRead(app.db, access, request.session!.user.id, {
        kind: 'affiliates.listed',
        after: { ...request.query, shown: page.items.length, total: page.total },
      });
      return page;
    },
  );

  app.get(
    '/employers/:employerId/affiliates/:affiliateId',
    {
      schema: {
        tags,
        summary: 'One affiliate with contracts and their visibility on the employee portal',
        params: affiliateParamsSchema,
        response: { 200: affiliateDetailSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => {
      const access = employerAccessOf(request);
      const detail = await findAffiliateDetail(app.db, access, request.params.affiliateId);
      if (!detail) throw notFound('Affiliate');
      // an account manager's look at personal data is itself journaled
      await journalAccountManagerRead(app.db, access, request.session!.user.id, {
        kind: 'affiliate.viewed',
        affiliateId: detail.id,
      });
      return detail;
    },
  );

  app.patch(
    '/employers/:employerId/affiliates/:affiliateId',
    {
      schema: {
        tags,
        summary: 'Change the professional e-mail, language or national/BIS number of an affiliate',
        params: affiliateParamsSchema,
        body: affiliatePatchBodySchema,
        response: { 200: affiliateDetailSchema, 409: errorResponseSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request) => {
      const detail = await updateAffiliate(
        app.db,
        employerAccessOf(request),
        request.session!.user.id,
        request.params.affiliateId,
        request.body,
        { invitationDelay: app.config.INVITATION_DELAY },
      );
      // a new address has its confirmation queued: send it now rather than at the next poll
      if (request.body.professionalEmail) app.emailDispatch.nudge();
      return detail;
    },
  );

  app.get(
    '/employers/:employerId/reports/missing-national-numbers',
    {
      schema: {
        tags,
        summary:
          'The affiliates whose contracts are invisible on the employee portal for lack of a national/BIS number, as .xlsx (journaled)',
        params: employerParamsSchema,
        response: {
          200: z.unknown().describe('The workbook, sent as an attachment'),
          ...employerRouteErrors,
        },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request, reply) => {
      const access = employerAccessOf(request);
      const language = exportLanguageOf(request.session!.user.language);
      const now = new Date();
      const today = todayInBelgium();
      // names and birth dates leave the application: journaled like every export of personal data
      await writeJournal(app.db, {
        employerId: access.employerId,
        actorUserId: request.session!.user.id,
        kind: 'report.missing-national-numbers',
        after: { language },
      });
      return sendWorkbook(request, reply, missingNumbersFileName(language, today), (output) =>
        writeMissingNumbersReport(app.db, access, output, { language, today, now }),
      );
    },
  );
};

export default affiliateRoutes;
