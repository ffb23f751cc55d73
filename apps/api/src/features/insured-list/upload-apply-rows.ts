import type { Executor } from '@groupdesk/db';
import { type SQL, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope } from '../affiliates/affiliate-scope';

/**
 * What an apply keeps on the upload (in its params) to tell later which rows it set: the conflicts the user
 * settled for the file, and the rows it skipped. Every other added or changed row was set; marking the rows
 * one by one cost a second write of tens of thousands of rows in the apply's transaction.
 */
export interface AppliedRows {
  fromFile: number[];
  skippedRows: number[];
}

/** The rows an apply sets, of the upload rows aliased `r`: added and changed, and conflicts taken from the file. */
const candidate = (fromFile: number[]) =>
  sql`(r.outcome in ('added', 'changed') or (r.outcome = 'conflict' and r.sheet_row = any(${sql.param(fromFile)}::int[])))`;

/**
 * Writes the addresses of an upload's rows, each only where the stored address is still the one the preview
 * showed, with one journal entry per change linked to the upload. Returns the affiliates whose address it
 * set, and what to keep for the undo.
 */
export async function setUploadedAddresses(
  tx: Executor,
  upload: {
    access: EmployerAccessContext;
    actorUserId: string;
    actionId: string;
    fromFile: number[];
    now: Date;
  },
): Promise<{ affiliateIds: string[]; applied: AppliedRows }> {
  const { access, actorUserId, actionId, now } = upload;
  const result = await tx.execute<{ affiliate_ids: string[] | null; skipped_rows: number[] }>(sql`
    with candidates as (
      select r.id as row_id, r.sheet_row, r.affiliate_id, r.current_email, r.new_email from upload_rows r
      where r.action_id = ${actionId} and ${candidate(upload.fromFile)}
    ), updated as (
      update affiliates set professional_email = c.new_email, professional_email_since = ${now},
        professional_email_changed_at = ${now}, updated_at = ${now}
      from candidates c
      where affiliates.id = c.affiliate_id and ${affiliateScope(access)}
        and affiliates.professional_email is not distinct from c.current_email
      returning affiliates.id as affiliate_id, c.row_id, c.sheet_row, c.current_email as previous_email,
        c.new_email
    ), journal as (
      insert into journal_entries (employer_id, actor_user_id, actor_kind, kind, affiliate_id, action_id, before, after)
      select ${access.employerId}::uuid, ${actorUserId}::uuid, 'user', 'affiliate.updated', u.affiliate_id,
        ${actionId}::uuid, jsonb_build_object('professionalEmail', u.previous_email),
        jsonb_build_object('professionalEmail', u.new_email)
      from updated u
    )
    -- a set difference costs the same whatever the planner expects of the rows (a fresh table may have no
    -- statistics yet): an anti-join planned for one updated row was a nested loop of 46,000 × 46,000
    select (select array_agg(affiliate_id) from updated) as affiliate_ids,
      (select coalesce(array_agg(sheet_row order by sheet_row), '{}') from (
        select row_id, sheet_row from candidates except select row_id, sheet_row from updated) skipped)
        as skipped_rows`);
  const [row] = result.rows;
  return {
    affiliateIds: row?.affiliate_ids ?? [],
    applied: { fromFile: upload.fromFile, skippedRows: row?.skipped_rows ?? [] },
  };
}

/**
 * The rows an applied upload set, of the upload rows aliased `r`; an upload applied before the apply kept
 * `AppliedRows` has each row it set marked with `applied_at`.
 */
export function rowsSetBy(params: Record<string, unknown>): SQL {
  const applied = params.applied as AppliedRows | undefined;
  if (!applied) return sql`r.applied_at is not null`;
  return sql`${candidate(applied.fromFile)} and not (r.sheet_row = any(${sql.param(applied.skippedRows)}::int[]))`;
}
