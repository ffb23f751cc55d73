import type {
  UploadRow,
  UploadRowFilter,
  UploadRowOutcome,
  UploadRowsQuery,
  UploadRowsResponse,
} from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { formatNationalNumber } from '@groupdesk/domain';
import { type SQL, and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope } from '../affiliates/affiliate-scope';
import type { ValidatedRow } from './upload-validation';

const { affiliates, uploadRows } = schema;
const BATCH = 5_000;

/**
 * Stores the validated rows of an upload that have something to say (replacing those of an earlier attempt),
 * in batches of arrays: a row unchanged and without message is only counted. That is most rows of a list
 * sent back a second time, and it halves the work of a first upload.
 */
export async function saveUploadRows(tx: Executor, actionId: string, validated: ValidatedRow[]) {
  await tx.delete(uploadRows).where(eq(uploadRows.actionId, actionId));
  const rows = validated.filter((row) => row.outcome !== 'unchanged' || row.messages.length > 0);
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await tx.execute(sql`
      insert into upload_rows (action_id, sheet_row, outcome, affiliate_id, affiliate_name, national_number,
        current_email, new_email, messages)
      select ${actionId}::uuid, * from unnest(
        ${sql.param(batch.map((row) => row.sheetRow))}::int[],
        ${sql.param(batch.map((row) => row.outcome))}::text[],
        ${sql.param(batch.map((row) => row.affiliate?.id ?? null))}::uuid[],
        ${sql.param(batch.map((row) => (row.affiliate ? `${row.affiliate.lastName} ${row.affiliate.firstName}` : null)))}::text[],
        ${sql.param(batch.map((row) => row.affiliate?.nationalNumber ?? null))}::text[],
        ${sql.param(batch.map((row) => row.currentEmail))}::text[],
        ${sql.param(batch.map((row) => row.newEmail))}::text[],
        ${sql.param(batch.map((row) => JSON.stringify(row.messages)))}::jsonb[])`);
  }
}

const hasWarning = sql`${uploadRows.messages} @> '[{"code":"row.unknown"}]' or ${uploadRows.messages} @> '[{"code":"row.outOfScope"}]'
  or ${uploadRows.messages} @> '[{"code":"row.protectedEdited"}]'`;

const filters: Record<UploadRowFilter, SQL | undefined> = {
  all: undefined,
  changes: inArray(uploadRows.outcome, ['added', 'changed']),
  warnings: hasWarning,
  errors: eq(uploadRows.outcome, 'error'),
  conflicts: eq(uploadRows.outcome, 'conflict'),
};

/**
 * One page of an upload's rows, in sheet order, filtered to changes, warnings, errors or conflicts. A user
 * limited to some contracts sees the rows of their affiliates only (and those matching nobody).
 */
export async function listUploadRows(
  db: Executor,
  access: EmployerAccessContext,
  actionId: string,
  query: UploadRowsQuery,
): Promise<UploadRowsResponse> {
  const inScope =
    access.contractIds === null
      ? undefined
      : sql`(${uploadRows.affiliateId} is null or exists (select 1 from ${affiliates}
          where ${affiliates.id} = ${uploadRows.affiliateId} and ${affiliateScope(access)}))`;
  const where = and(eq(uploadRows.actionId, actionId), filters[query.filter], inScope);
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(uploadRows)
      .where(where)
      .orderBy(asc(uploadRows.sheetRow))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(uploadRows).where(where),
  ]);
  const items: UploadRow[] = rows.map((row) => ({
    sheetRow: row.sheetRow,
    outcome: row.outcome as UploadRowOutcome,
    affiliate: row.affiliateId
      ? {
          id: row.affiliateId,
          name: row.affiliateName ?? '',
          nationalNumber: row.nationalNumber ? formatNationalNumber(row.nationalNumber) : null,
        }
      : null,
    currentEmail: row.currentEmail,
    newEmail: row.newEmail,
    messages: row.messages as UploadRow['messages'],
  }));
  return { items, total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

/** The messages of every row that has any, by sheet row: what the report writes beside each row. */
export async function uploadRowMessagesBySheetRow(db: Executor, actionId: string) {
  const rows = await db
    .select({ sheetRow: uploadRows.sheetRow, outcome: uploadRows.outcome, messages: uploadRows.messages })
    .from(uploadRows)
    .where(eq(uploadRows.actionId, actionId));
  return new Map(
    rows.map((row) => [
      row.sheetRow,
      { outcome: row.outcome as UploadRowOutcome, messages: row.messages as UploadRow['messages'] },
    ]),
  );
}
