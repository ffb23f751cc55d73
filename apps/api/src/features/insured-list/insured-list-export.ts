import { PassThrough } from 'node:stream';
import { type Database, schema } from '@groupdesk/db';
import { count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { EmployerAccessContext } from '../access/employer-access';
import { requesterAccess } from '../actions/action-requester';
import {
  actionView,
  createAction,
  findAction,
  recordFailedAttempt,
  updateAction,
} from '../actions/action-queries';
import { affiliateScope } from '../affiliates/affiliate-scope';
import { exportFileName, exportLanguageOf } from './insured-list-headers';
import { insuredListRows } from './insured-list-rows';
import { writeInsuredListWorkbook } from './insured-list-workbook';

const { actions, affiliates } = schema;

export const EXPORT_JOB = 'insured-list.export';
const EXPIRES_AFTER_MS = 7 * 86_400_000;

declare module '../../plugins/jobs' {
  interface JobPayloads {
    'insured-list.export': { actionId: string };
  }
}

/** Records the export on the actions overview and queues its job, in one transaction. */
export async function requestInsuredListExport(
  app: FastifyInstance,
  access: EmployerAccessContext,
  userId: string,
) {
  const actionId = await app.db.transaction(async (tx) => {
    const id = await createAction(tx, {
      employerId: access.employerId,
      kind: EXPORT_JOB,
      requestedBy: userId,
    });
    await app.jobs.send(EXPORT_JOB, { actionId: id }, { tx });
    return id;
  });
  return (await findAction(app.db, access.employerId, actionId, actionView(app)))!;
}

/** The job: rebuilds the requester's access (it may have changed since), writes the workbook, stores it. */
export async function runInsuredListExport(
  app: FastifyInstance,
  actionId: string,
  attempt: { retryCount: number; retryLimit: number },
) {
  const db: Database = app.db;
  const [action] = await db
    .select({ employerId: actions.employerId, status: actions.status, requestedBy: actions.requestedBy })
    .from(actions)
    .where(eq(actions.id, actionId));
  if (!action || (action.status !== 'queued' && action.status !== 'running')) return;
  try {
    const requester = await requesterAccess(db, action.requestedBy, action.employerId);
    if (!requester) {
      await updateAction(db, actionId, {
        status: 'failed',
        error: 'The user who asked for this export no longer has access to the employer.',
        finishedAt: new Date(),
      });
      return;
    }
    const { user, access } = requester;
    await updateAction(db, actionId, { status: 'running', progress: 0, error: null });

    const language = exportLanguageOf(user.language);
    const exportedAt = new Date();
    const fileKey = `exports/${action.employerId}/${actionId}.xlsx`;
    const meta = {
      employerId: action.employerId,
      employerName: access.employerName,
      exportId: actionId,
      exportedAt,
      language,
    };
    // one snapshot: the count and the rows agree, whatever changes meanwhile
    const rows = await db.transaction(
      async (tx) => {
        const [totals] = await tx.select({ n: count() }).from(affiliates).where(affiliateScope(access));
        const total = totals?.n ?? 0;
        let done = 0;
        let lastProgress = 0;
        async function* withProgress() {
          for await (const batch of insuredListRows(tx, access)) {
            yield batch;
            done += batch.length;
            const progress = Math.min(99, Math.floor((done / Math.max(total, 1)) * 100));
            if (progress >= lastProgress + 5) {
              lastProgress = progress;
              // outside the transaction, so that the actions overview sees it at once
              await updateAction(db, actionId, { progress });
            }
          }
        }
        const output = new PassThrough();
        const stored = app.storage.put(fileKey, output);
        const written = writeInsuredListWorkbook(output, meta, withProgress()).catch((error: unknown) => {
          output.destroy(error as Error);
          throw error;
        });
        const [writtenRows] = await Promise.all([written, stored]);
        return writtenRows;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );

    await updateAction(db, actionId, {
      status: 'ready',
      progress: 100,
      counts: { rows },
      fileKey,
      fileName: exportFileName(language, access.employerName, exportedAt),
      finishedAt: new Date(),
      expiresAt: new Date(exportedAt.getTime() + EXPIRES_AFTER_MS),
    });
  } catch (error) {
    app.log.error({ err: error, actionId }, 'insured-list export failed');
    await recordFailedAttempt(db, actionId, attempt, 'The export could not be written. Try again later.');
    throw error;
  }
}
