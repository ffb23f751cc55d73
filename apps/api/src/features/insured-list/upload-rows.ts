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

const { affiliates, uploadRows } = schema;

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
