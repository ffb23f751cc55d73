import {
  employerParamsSchema,
  journalFilterSchema,
  journalListQuerySchema,
  journalListResponseSchema,
} from '@groupdesk/contracts';
import { todayInBelgium } from '@groupdesk/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { employerRouteErrors } from '../../lib/route-errors';
import { sendWorkbook } from '../../lib/send-workbook';
import { employerAccessOf } from '../../plugins/employer-access';
import { exportLanguageOf } from '../insured-list/insured-list-headers';
import { writeJournal, journalAccountManagerRead } from './journal';
import { journalFileName, writeJournalExport } from './journal-export';
import { listJournal } from './journal-queries';

const tags = ['journal'];

/** Read-only on purpose: no route changes or deletes an entry, and the table refuses it too. */
const journalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers/:employerId/journal',
    {
      schema: {
        tags,
        summary:
          'The journal: every change and sensitive read, searchable, filtered and sorted, in keyset pages',
        params: employerParamsSchema,
        querystring: journalListQuerySchema,
        response: { 200: journalListResponseSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => {
      const access = employerAccessOf(request);
      const page = await listJournal(app.db, access, request.query);
      // entries name affiliates and show their addresses: an account manager's look is journaled
      await journalAccountManagerRead(app.db, access, request.session!.user.id, {
        kind: 'journal.viewed',
        affiliateId: request.query.affiliateId ?? null,
        after: { ...request.query, shown: page.items.length },
      });
      return page;
    },
  );

  app.get(
    '/employers/:employerId/journal/export',
    {
      schema: {
        tags,
        summary: 'The journal with the same filters and order as .xlsx, every page (journaled)',
        params: employerParamsSchema,
        querystring: journalFilterSchema,
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
      // written before the file leaves: a download cut short was still a download
      await writeJournal(app.db, {
        employerId: access.employerId,
        actorUserId: request.session!.user.id,
        kind: 'journal.exported',
        after: { ...request.query, language },
      });
      return sendWorkbook(request, reply, journalFileName(language, todayInBelgium()), (output) =>
        writeJournalExport(app.db, access, request.query, output, { language, now: new Date() }),
      );
    },
  );
};

export default journalRoutes;
