import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { type Database, schema } from '@groupdesk/db';
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
import { affiliateScope } from '../affiliates/affiliate-scope';
import { exportLanguageOf } from './insured-list-headers';
import { UploadRefusal, detectUploadFormat, type UploadFormat } from './upload-file-check';
import { parseInsuredListUpload } from './upload-parse';
import { type KnownAffiliate, affiliateDirectory, validateUpload } from './upload-validation';
import { saveUploadRows } from './upload-rows';

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

/** The employer's affiliates as the validation needs them, with whether each is in the user's scope. */
async function loadDirectory(db: Database, access: EmployerAccessContext) {
  // the driver's rows as they come, without a mapping layer: 100,000 of them for a large employer
  const result = await db.execute<KnownAffiliate & Record<string, unknown>>(sql`
    select id, national_number as "nationalNumber", last_name as "lastName", first_name as "firstName",
      birth_date::text as "birthDate", birth_date - date '1899-12-30' as "birthSerial",
      professional_email as "email",
      floor(extract(epoch from professional_email_changed_at) * 1000)::float8 as "emailChangedAt",
      ${affiliateScope(access)} as "inScope",
      employment_status = 'in-service' as "inService",
      portal_registered_at is null and not exists (
        select 1 from email_outbox o where o.affiliate_id = affiliates.id and o.kind = 'invitation'
        and o.status in ('scheduled', 'sending', 'sent')) as "invitable"
    from affiliates where employer_id = ${access.employerId}`);
  return affiliateDirectory(result.rows);
}

/** A list without our stamp whose keys all belong to affiliates of another employer is that employer's. */
async function keysOfAnotherEmployer(db: Database, employerId: string, keys: string[]): Promise<boolean> {
  const uuids = keys.filter((key) => /^[0-9a-f-]{36}$/i.test(key)).slice(0, 1000);
  if (uuids.length === 0) return false;
  const result = await db.execute<{ mine: number; theirs: number }>(sql`
    select count(*) filter (where employer_id = ${employerId})::int as mine,
           count(*) filter (where employer_id <> ${employerId})::int as theirs
    from affiliates where id = any(${sql.param(uuids)}::uuid[])`);
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
    // the employer's affiliates load while the file is read
    const directoryLoad = loadDirectory(db, access);
    directoryLoad.catch(() => undefined);
    const parsed = await parseInsuredListUpload(await buffer(stream), params.format);
    stage('parsed');
    await updateAction(db, actionId, { progress: 50 });
    if (parsed.stamp?.employerId && parsed.stamp.employerId !== action.employerId) throw anotherEmployer();
    if (
      !parsed.stamp?.employerId &&
      (await keysOfAnotherEmployer(
        db,
        action.employerId,
        parsed.rows.map((r) => r.key),
      ))
    ) {
      throw anotherEmployer();
    }
    const directory = await directoryLoad;
    stage('directory');
    await updateAction(db, actionId, { progress: 70 });
    const { rows, counts } = validateUpload(parsed, directory);
    stage('validated');
    await db.transaction(async (tx) => {
      await saveUploadRows(tx, actionId, rows);
      await updateAction(tx, actionId, {
        status: 'ready',
        progress: 100,
        counts,
        finishedAt: new Date(),
        params: {
          ...params,
          exportId: parsed.stamp?.exportId ?? null,
          exportedAt: parsed.stamp?.exportedAt?.toISOString() ?? null,
          headerRow: parsed.headerRow,
          dataSheet: parsed.dataSheet,
        },
      });
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
