import { PassThrough } from 'node:stream';
import { type Database, type Executor, schema } from '@groupdesk/db';
import { and, count, eq, sql } from 'drizzle-orm';
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
import { affiliateScope, contractScope } from '../affiliates/affiliate-scope';
import { exportFileName, exportLanguageOf } from './insured-list-headers';
import { type InsuredListRow, writeInsuredListWorkbook } from './insured-list-workbook';

const { actions, affiliates } = schema;

export const EXPORT_JOB = 'insured-list.export';
// large pages: fewer round trips; 5,000 rows of the list are a few MB
const PAGE_SIZE = 5_000;
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

/** Affiliates in the user's scope, by name then id, one keyset page at a time. */
async function* insuredListPages(
  db: Executor,
  access: EmployerAccessContext,
): AsyncGenerator<InsuredListRow[]> {
  const scopedContracts = contractScope(access, sql.raw('ac.contract_id'));
  let after: { lastName: string; firstName: string; id: string } | null = null;
  for (;;) {
    const page: InsuredListRow[] = await db
      .select({
        id: affiliates.id,
        contracts: sql<string>`coalesce((
          select string_agg(gc.number, ', ' order by gc.number)
          from affiliate_contracts ac join group_contracts gc on gc.id = ac.contract_id
          where ac.affiliate_id = "affiliates"."id" ${scopedContracts ? sql`and ${scopedContracts}` : sql``}
        ), '')`,
        nationalNumber: affiliates.nationalNumber,
        lastName: affiliates.lastName,
        firstName: affiliates.firstName,
        birthDate: affiliates.birthDate,
        language: affiliates.language,
        employmentStatus: affiliates.employmentStatus,
        professionalEmail: affiliates.professionalEmail,
        privateEmailKnown: sql<boolean>`${affiliates.privateEmail} is not null`,
      })
      .from(affiliates)
      .where(
        and(
          affiliateScope(access),
          after
            ? sql`(${affiliates.lastName}, ${affiliates.firstName}, ${affiliates.id}) > (${after.lastName}, ${after.firstName}, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(affiliates.lastName, affiliates.firstName, affiliates.id)
      .limit(PAGE_SIZE);
    if (page.length === 0) return;
    yield page;
    if (page.length < PAGE_SIZE) return;
    after = page.at(-1)!;
  }
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

    const [totals] = await db.select({ n: count() }).from(affiliates).where(affiliateScope(access));
    const total = totals?.n ?? 0;
    const language = exportLanguageOf(user.language);
    const exportedAt = new Date();
    const fileKey = `exports/${action.employerId}/${actionId}.xlsx`;
    const output = new PassThrough();
    const stored = app.storage.put(fileKey, output);

    let done = 0;
    let lastProgress = 0;
    async function* withProgress() {
      for await (const page of insuredListPages(db, access)) {
        yield page;
        done += page.length;
        const progress = Math.min(99, Math.floor((done / Math.max(total, 1)) * 100));
        if (progress >= lastProgress + 5) {
          lastProgress = progress;
          await updateAction(db, actionId, { progress });
        }
      }
    }
    const written = writeInsuredListWorkbook(
      output,
      {
        employerId: action.employerId,
        employerName: access.employerName,
        exportId: actionId,
        exportedAt,
        language,
      },
      withProgress(),
    ).catch((error: unknown) => {
      output.destroy(error as Error);
      throw error;
    });
    const [rows] = await Promise.all([written, stored]);

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
