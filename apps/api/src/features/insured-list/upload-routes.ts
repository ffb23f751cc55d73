import multipart from '@fastify/multipart';
import {
  applyUploadBodySchema,
  uploadActionParamsSchema,
  uploadActionResponseSchema,
  employerParamsSchema,
  errorResponseSchema,
  uploadLimits,
  uploadRowsQuerySchema,
  uploadRowsResponseSchema,
} from '@groupdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError, notFound } from '../../lib/errors';
import { employerRouteErrors } from '../../lib/route-errors';
import { employerAccessOf } from '../../plugins/employer-access';
import { findAction, actionView } from '../actions/action-queries';
import { receiveInsuredListUpload } from './insured-list-upload';
import { UploadRefusal } from './upload-file-check';
import { applyUpload, undoUpload } from './upload-apply';
import { journalAccountManagerRead } from '../journal/journal';
import { listUploadRows } from './upload-rows';

const tags = ['insured-list'];
const uploadRouteErrors = {
  ...employerRouteErrors,
  409: errorResponseSchema,
  413: errorResponseSchema,
  415: errorResponseSchema,
};
const tooLarge = () =>
  new HttpError(
    413,
    'payload_too_large',
    'The file is larger than 20 MB. An insured list is far smaller: check the file.',
  );

const uploadRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: uploadLimits.maxBytes, files: 1, fields: 5, parts: 6 },
  });

  app.post(
    '/employers/:employerId/insured-list/uploads',
    {
      schema: {
        tags,
        summary:
          'Upload a completed insured list (multipart, field `file`: .xlsx or .csv); it is validated in the background',
        consumes: ['multipart/form-data'],
        params: employerParamsSchema,
        response: { 202: uploadActionResponseSchema, ...uploadRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new HttpError(
          415,
          'unsupported_media_type',
          'Send the file as multipart/form-data in the field "file".',
        );
      }
      const part = await request.file();
      if (!part || part.fieldname !== 'file') {
        throw new HttpError(400, 'file_missing', 'Send the file in the multipart field "file".');
      }
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      try {
        const action = await receiveInsuredListUpload(app, employerAccessOf(request), request.session!.user, {
          fileName: part.filename || 'upload',
          content,
        });
        return await reply.code(202).send({ action });
      } catch (error) {
        if (error instanceof UploadRefusal) throw new HttpError(error.status, error.code, error.message);
        throw error;
      }
    },
  );

  app.get(
    '/employers/:employerId/actions/:actionId/rows',
    {
      schema: {
        tags,
        summary: 'The preview of an upload: its rows with their outcome, old and new address and messages',
        params: uploadActionParamsSchema,
        querystring: uploadRowsQuerySchema,
        response: { 200: uploadRowsResponseSchema, ...uploadRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => {
      const access = employerAccessOf(request);
      const action = await findAction(app.db, access.employerId, request.params.actionId, actionView(app));
      if (!action || action.kind !== 'insured-list.upload') throw notFound('Upload');
      const page = await listUploadRows(app.db, access, action.id, request.query);
      // the rows name affiliates with their numbers and addresses: an account manager's look is journaled
      await journalAccountManagerRead(app.db, access, request.session!.user.id, {
        kind: 'upload.rows-viewed',
        actionId: action.id,
        after: { ...request.query, shown: page.items.length },
      });
      return page;
    },
  );

  app.post(
    '/employers/:employerId/actions/:actionId/apply',
    {
      schema: {
        tags,
        summary: 'Apply a validated upload in one transaction (every conflict settled in `resolutions`)',
        params: uploadActionParamsSchema,
        body: applyUploadBodySchema,
        response: { 200: uploadActionResponseSchema, ...uploadRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request) => {
      const action = await applyUpload(
        app,
        employerAccessOf(request),
        request.session!.user.id,
        request.params.actionId,
        request.body,
      );
      app.emailDispatch.nudge();
      return { action };
    },
  );

  app.post(
    '/employers/:employerId/actions/:actionId/undo',
    {
      schema: {
        tags,
        summary: 'Undo an applied upload (within 7 days): the previous addresses come back',
        params: uploadActionParamsSchema,
        body: z.strictObject({}).optional(),
        response: { 200: uploadActionResponseSchema, ...uploadRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer({ write: true }),
    },
    async (request) => ({
      action: await undoUpload(
        app,
        employerAccessOf(request),
        request.session!.user.id,
        request.params.actionId,
      ),
    }),
  );
};

export default uploadRoutes;
