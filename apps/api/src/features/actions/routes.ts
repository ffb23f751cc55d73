import {
  actionListQuerySchema,
  actionListResponseSchema,
  actionParamsSchema,
  actionSchema,
  employerParamsSchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/errors';
import { employerAccessOf } from '../../plugins/employer-access';
import { actionView, findAction, findActionFile, listActions } from './action-queries';
import { employerRouteErrors } from '../../lib/route-errors';
import type { openUploadReport as OpenUploadReport } from '../insured-list/upload-report';
import { writeJournal } from '../journal/journal';

const tags = ['actions'];

// the report is written with exceljs: loaded with the first report asked for rather than with the app, which
// would otherwise carry some 10 MB of memory for a download most instances never serve
const openUploadReport: typeof OpenUploadReport = async (...args) =>
  (await import('../insured-list/upload-report')).openUploadReport(...args);

const actionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers/:employerId/actions',
    {
      schema: {
        tags,
        summary: 'The actions overview: exports and uploads of the employer, newest first',
        params: employerParamsSchema,
        querystring: actionListQuerySchema,
        response: { 200: actionListResponseSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) =>
      listActions(app.db, employerAccessOf(request).employerId, request.query, actionView(app, request)),
  );

  app.get(
    '/employers/:employerId/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'One action with its status, progress and counts',
        params: actionParamsSchema,
        response: { 200: actionSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => {
      const action = await findAction(
        app.db,
        employerAccessOf(request).employerId,
        request.params.actionId,
        actionView(app, request),
      );
      if (!action) throw notFound('Action');
      return action;
    },
  );

  app.get(
    '/employers/:employerId/actions/:actionId/file',
    {
      schema: {
        tags,
        summary: "The file of an action while it has not expired: the export workbook, or an upload's report",
        params: actionParamsSchema,
        response: { 200: z.unknown().describe('The file, sent as an attachment'), ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request, reply) => {
      const access = employerAccessOf(request);
      const file = await findActionFile(
        app.db,
        { employerId: access.employerId, contractIds: access.contractIds, userId: request.session!.user.id },
        request.params.actionId,
      );
      // an upload's file is its report, written from the kept original when asked for
      const stream = !file
        ? null
        : file.kind === 'insured-list.upload'
          ? await openUploadReport(app.storage, app.db, request.log, file, request.params.actionId)
          : await app.storage.get(file.fileKey);
      if (!file || !stream) throw notFound('File');
      // exports, reports and printed statements carry personal data out of the application
      await writeJournal(app.db, {
        employerId: access.employerId,
        actorUserId: request.session!.user.id,
        kind: 'action.file-downloaded',
        actionId: request.params.actionId,
        after: { kind: file.kind, fileName: file.fileName },
      });
      const contentType = file.fileName.endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : file.fileName.endsWith('.csv')
          ? 'text/csv; charset=utf-8'
          : file.fileName.endsWith('.pdf')
            ? 'application/pdf'
            : 'application/octet-stream';
      return reply
        .header('content-type', contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );
};

export default actionRoutes;
