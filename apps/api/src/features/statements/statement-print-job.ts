import { statementPrintBodySchema } from '@groupdesk/contracts';
import { type Database, type Executor, schema } from '@groupdesk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { EmployerAccessContext } from '../access/employer-access';
import { requesterAccess } from '../actions/action-requester';
import { recordFailedAttempt, updateAction } from '../actions/action-queries';
import { type StatementDocument, selectStatementDocuments } from './statement-document';
import { fileSlug } from './statement-file';
import { addStatementPage, createStatementDocument } from './statement-pdf';
import { type PrintSelection, countPrintable, printCondition } from './statement-print';
import { journalPrint } from './statement-print-journal';
import { statementTexts } from './statement-texts';

const { actions, affiliates, groupContracts } = schema;

const PAGE_SIZE = 200;
const EXPIRES_AFTER_MS = 7 * 86_400_000;

/** The statements of a print by affiliate name, then contract: one keyset page at a time, never all at once. */
async function* printPages(
  db: Executor,
  access: EmployerAccessContext,
  selection: PrintSelection,
): AsyncGenerator<StatementDocument[]> {
  let after: StatementDocument | null = null;
  for (;;) {
    const page: StatementDocument[] = await selectStatementDocuments(db)
      .where(
        and(
          printCondition(access, selection),
          after
            ? sql`(${affiliates.lastName}, ${affiliates.firstName}, ${affiliates.id}, ${groupContracts.number})
                > (${after.lastName}, ${after.firstName}, ${after.affiliateId}::uuid, ${after.contractNumber})`
            : undefined,
        ),
      )
      .orderBy(affiliates.lastName, affiliates.firstName, affiliates.id, groupContracts.number)
      .limit(PAGE_SIZE);
    if (page.length > 0) yield page;
    if (page.length < PAGE_SIZE) return;
    after = page.at(-1)!;
  }
}

const fail = (db: Executor, actionId: string, error: string) =>
  updateAction(db, actionId, { status: 'failed', error, finishedAt: new Date() });

/**
 * The job of a print: rebuilds the requester's access (it may have changed since), writes one PDF with the
 * statements one after another straight into the storage, then journals what was printed.
 */
export async function runStatementPrint(
  app: FastifyInstance,
  actionId: string,
  attempt: { retryCount: number; retryLimit: number },
) {
  const db: Database = app.db;
  const [action] = await db
    .select({
      employerId: actions.employerId,
      status: actions.status,
      requestedBy: actions.requestedBy,
      params: actions.params,
    })
    .from(actions)
    .where(eq(actions.id, actionId));
  if (!action || (action.status !== 'queued' && action.status !== 'running')) return;
  const fileKey = `prints/${action.employerId}/${actionId}.pdf`;
  try {
    const requester = await requesterAccess(db, action.requestedBy, action.employerId);
    if (!requester?.access.canWrite) {
      return await fail(
        db,
        actionId,
        'The user who asked for this print may no longer print statements here.',
      );
    }
    const { user, access } = requester;
    const selection = statementPrintBodySchema.parse(action.params);
    await updateAction(db, actionId, { status: 'running', progress: 0, error: null });
    const total = await countPrintable(db, access, selection);
    if (total === 0) {
      return await fail(db, actionId, `No statement of ${selection.year} for this selection any more.`);
    }

    const texts = statementTexts[user.language];
    const context = {
      insurerName: app.config.INSURER_NAME,
      portalUrl: app.config.PORTAL_URL,
      printedAt: new Date(),
    };
    const doc = await createStatementDocument({
      title: `${texts.title(selection.year)} – ${access.employerName}`,
      author: context.insurerName,
      language: user.language,
    });
    const stored = app.storage.put(fileKey, doc);
    // what was printed, for the journal once the file is stored: ids only, the statements are long gone
    const printed = { ids: [] as string[], affiliateIds: [] as string[] };
    const written = (async () => {
      let lastProgress = 0;
      for await (const page of printPages(db, access, selection)) {
        for (const statement of page) {
          addStatementPage(doc, statement, context);
          printed.ids.push(statement.id);
          printed.affiliateIds.push(statement.affiliateId);
        }
        const progress = Math.min(99, Math.floor((printed.ids.length / total) * 100));
        if (progress >= lastProgress + 5) {
          lastProgress = progress;
          await updateAction(db, actionId, { progress });
        }
      }
      doc.end();
    })().catch((error: unknown) => {
      doc.destroy(error as Error);
      throw error;
    });
    await Promise.all([written, stored]);

    const finishedAt = new Date();
    await db.transaction(async (tx) => {
      await updateAction(tx, actionId, {
        status: 'ready',
        progress: 100,
        counts: { statements: printed.ids.length, affiliates: new Set(printed.affiliateIds).size },
        fileKey,
        fileName: `${texts.fileName}s-${selection.year}-${fileSlug(access.employerName)}.pdf`,
        finishedAt,
        expiresAt: new Date(finishedAt.getTime() + EXPIRES_AFTER_MS),
      });
      await journalPrint(tx, {
        actionId,
        employerId: action.employerId,
        userId: user.id,
        selection,
        printed,
      });
    });
  } catch (error) {
    app.log.error({ err: error, actionId }, 'statement print failed');
    // no file is left behind for an action that does not point to it
    await app.storage.delete(fileKey).catch(() => undefined);
    await recordFailedAttempt(db, actionId, attempt, 'The statements could not be printed. Try again later.');
    throw error;
  }
}
