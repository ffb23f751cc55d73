import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { type Executor, schema } from '@groupdesk/db';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { EmployerAccessContext } from '../access/employer-access';
import {
  actionView,
  createAction,
  findAction,
  recordFailedAttempt,
  updateAction,
} from '../actions/action-queries';
import { requesterAccess } from '../actions/action-requester';
import { exportLanguageOf } from './insured-list-headers';
import { UploadRefusal, detectUploadFormat, type UploadFormat } from './upload-file-check';
import { parseInsuredListUpload } from './upload-parse';
import { uploadStaging } from './upload-staging';
import { validateStagedUpload } from './upload-validation';

const { actions } = schema;

export const UPLOAD_JOB = 'insured-list.upload';
/** The original file, the report and the chance to apply are kept this long. */
const KEPT_FOR_MS = 7 * 86_400_000;

declare module '../../plugins/jobs' {
  interface JobPayloads {
    'insured-list.upload': { actionId: string };
  }
}

export interface UploadParams extends Record<string, unknown> {
  format: UploadFormat;
  originalName: string;
  language: 'fr' | 'nl' | 'en';
}

const reportWord = { fr: 'rapport', nl: 'verslag', en: 'report' } as const;

/** `liste-des-assures-juin.xlsx` → `liste-des-assures-juin-rapport.xlsx` */
function reportFileName(originalName: string, format: UploadFormat, language: UploadParams['language']) {
  const base = originalName
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N}._ -]+/gu, '-')
    .slice(0, 100);
  return `${base || 'upload'}-${reportWord[language]}.${format}`;
}

/**
 * Takes an uploaded file: refuses what is not an insured list at all (type, zip bomb), keeps the original,
 * records the action and queues its validation in one transaction.
 */
export async function receiveInsuredListUpload(
  app: FastifyInstance,
  access: EmployerAccessContext,
  user: { id: string; language: string },
  upload: { fileName: string; content: Buffer },
) {
  const format = await detectUploadFormat(upload.content, upload.fileName);
  const actionId = randomUUID();
  const fileKey = `uploads/${access.employerId}/${actionId}.${format}`;
  const language = exportLanguageOf(user.language);
  await app.storage.put(fileKey, upload.content);
  try {
    await app.db.transaction(async (tx) => {
      await createAction(tx, {
        id: actionId,
        employerId: access.employerId,
        kind: UPLOAD_JOB,
        requestedBy: user.id,
        params: { format, originalName: upload.fileName, language } satisfies UploadParams,
        fileKey,
        fileName: reportFileName(upload.fileName, format, language),
        expiresAt: new Date(Date.now() + KEPT_FOR_MS),
      });
      await app.jobs.send(UPLOAD_JOB, { actionId }, { tx });
    });
  } catch (error) {
    await app.storage.delete(fileKey);
    throw error;
  }
  return (await findAction(app.db, access.employerId, actionId, actionView(app)))!;
}

/**
 * A list without our stamp whose keys all belong to affiliates of another employer is that employer's: the
 * first thousand keys of the checked rows tell.
 */
async function keysOfAnotherEmployer(tx: Executor, employerId: string): Promise<boolean> {
  const result = await tx.execute<{ mine: number; theirs: number }>(sql`
    select count(*) filter (where employer_id = ${employerId})::int as mine,
           count(*) filter (where employer_id <> ${employerId})::int as theirs
    from affiliates where id in (
      select key_id from upload_checked where key_id is not null order by ordinal limit 1000)`);
  const [counts] = result.rows;
  return !!counts && counts.mine === 0 && counts.theirs > 0;
}

const anotherEmployer = () =>
  new UploadRefusal(
    400,
    'another_employer',
    'This file is the insured list of another employer. Upload the list exported for this employer.',
  );

/** The job: reads the file, checks it is this employer's list, validates every row, stores the preview. */
export async function runUploadValidation(
  app: FastifyInstance,
  actionId: string,
  attempt: { retryCount: number; retryLimit: number },
) {
  const db = app.db;
  const [action] = await db.select().from(actions).where(eq(actions.id, actionId));
  if (!action || (action.status !== 'queued' && action.status !== 'running')) return;
  const fail = (error: string) =>
    updateAction(db, actionId, { status: 'failed', error, finishedAt: new Date() });
  try {
    const requester = await requesterAccess(db, action.requestedBy, action.employerId);
    if (!requester) return await fail('The user who sent this file no longer has access to the employer.');
    const { access } = requester;
    await updateAction(db, actionId, { status: 'running', progress: 5, error: null });
    const params = action.params as UploadParams;
    const stream = action.fileKey ? await app.storage.get(action.fileKey) : null;
    if (!stream) return await fail('The uploaded file is no longer available. Upload it again.');
    const started = performance.now();
    const stages: Record<string, number> = {};
    const stage = (name: string) => (stages[name] = Math.round(performance.now() - started));
    const file = await buffer(stream);
    // the rows go to a staging table of the transaction as they are read, and are validated there: the
    // process holds a few thousand rows at a time, however long the list
    const counts = await db.transaction(async (tx) => {
      // the validation sorts and hashes the whole list: in memory rather than in temporary files; and a plan
      // that runs in a second gains nothing from compiling it
      await tx.execute(sql`set local work_mem = '64MB'`);
      await tx.execute(sql`set local jit = off`);
      const staging = await uploadStaging(tx, access);
      const parsed = await parseInsuredListUpload(file, params.format, (row, header) =>
        staging.add(row, header),
      );
      await staging.finish();
      stage('staged');
      await updateAction(db, actionId, { progress: 50 });
      if (parsed.stamp?.employerId && parsed.stamp.employerId !== action.employerId) throw anotherEmployer();
      if (!parsed.stamp?.employerId && (await keysOfAnotherEmployer(tx, action.employerId))) {
        throw anotherEmployer();
      }
      const validated = await validateStagedUpload(tx, {
        actionId,
        exportedAt: parsed.stamp?.exportedAt ?? null,
      });
      stage('validated');
      await updateAction(tx, actionId, {
        status: 'ready',
        progress: 100,
        counts: validated,
        finishedAt: new Date(),
        params: {
          ...params,
          exportId: parsed.stamp?.exportId ?? null,
          exportedAt: parsed.stamp?.exportedAt?.toISOString() ?? null,
          headerRow: parsed.headerRow,
          dataSheet: parsed.dataSheet,
        },
      });
      return validated;
    });
    stage('saved');
    app.log.info({ actionId, rows: counts.rows, ms: stages }, 'upload validated');
  } catch (error) {
    if (error instanceof UploadRefusal) return await fail(error.message);
    app.log.error({ err: error, actionId }, 'insured-list upload validation failed');
    await recordFailedAttempt(
      db,
      actionId,
      attempt,
      'The file could not be read. Check that it opens in Excel, then upload it again.',
    );
    throw error;
  }
}
