import type { Executor } from '@groupdesk/db';
import { sql } from 'drizzle-orm';
import { message } from './upload-row-checks';

export type UploadCounts = Record<
  | 'rows'
  | 'added'
  | 'changed'
  | 'unchanged'
  | 'ignored'
  | 'errors'
  | 'conflicts'
  | 'warnings'
  | 'confirmations'
  | 'invitations',
  number
>;

/** the outcomes that set an address */
const sets = sql.raw(`('added', 'changed', 'conflict')`);

/** An address that would be added or changed but was changed in groupdesk after the export: a conflict. */
const conflictSince = (exportedAt: Date | null) =>
  exportedAt
    ? sql`(u.outcome in ('added', 'changed') and u.email_changed_at > ${exportedAt.getTime()}::float8)`
    : sql`false`;

/** The sheet rows of a group but the row itself, as the message lists them: '3, 7'. */
const otherRows = (group: string, ordinal: string) =>
  sql.raw(`array_to_string(${group}.sheet_rows[:array_position(${group}.ordinals, ${ordinal}) - 1]
    || ${group}.sheet_rows[array_position(${group}.ordinals, ${ordinal}) + 1:], ', ')`);

/** rows whose address counts in the file: the addresses they set, and those they keep as they are */
const givesAddress = sql.raw(
  `new_email is not null and outcome in ('added', 'changed', 'conflict', 'unchanged')`,
);

/**
 * The rules across rows, in this order: one address per affiliate (the same address twice changes once), one
 * affiliate per address in the file, and no address that another affiliate keeps (one the file moves away is
 * free). A row that breaks one becomes an error whose message (`failure`) replaces the one about its address.
 * They carry only what they decide on, and the rows are joined back at the end; the groups of several rows
 * are found by counting first: most files have none, and only their rows are gathered. A conflict is told
 * first: it counts as setting the address.
 */
function acrossRows(exportedAt: Date | null) {
  return sql`
    checked as (
      select u.ordinal, u.sheet_row, u.affiliate_id, u.new_email, u.holder_ids, u.holder_names,
        case when ${conflictSince(exportedAt)} then 'conflict' else u.outcome end as outcome
      from upload_checked u
    ), affiliate_groups as (
      select affiliate_id, min(new_email) <> max(new_email) as two_addresses, min(ordinal) as first_ordinal,
        array_agg(sheet_row order by ordinal) as sheet_rows, array_agg(ordinal order by ordinal) as ordinals
      from checked where new_email is not null and affiliate_id in (
        select affiliate_id from checked where new_email is not null group by affiliate_id having count(*) > 1)
      group by affiliate_id
    ), affiliate_checked as (
      select c.ordinal, c.sheet_row, c.affiliate_id, c.new_email, c.holder_ids, c.holder_names,
        case when g.two_addresses and c.outcome <> 'error' then 'error'
          when not g.two_addresses and c.ordinal > g.first_ordinal and c.outcome in ${sets} then 'unchanged'
          else c.outcome end as outcome,
        case when g.two_addresses and c.outcome <> 'error' then ${message(
          'row.duplicateAffiliate',
          sql`jsonb_build_object('rows', ${otherRows('g', 'c.ordinal')})`,
        )} end as failure
      from checked c left join affiliate_groups g on g.affiliate_id = c.affiliate_id and c.new_email is not null
    ), address_groups as (
      select new_email, array_agg(sheet_row order by ordinal) as sheet_rows,
        array_agg(ordinal order by ordinal) as ordinals
      from affiliate_checked where ${givesAddress} and new_email in (
        select new_email from affiliate_checked where ${givesAddress} group by new_email having count(*) > 1)
      group by new_email having min(affiliate_id::text) <> max(affiliate_id::text)
    ), address_checked as (
      select a.ordinal, a.affiliate_id, a.new_email, a.holder_ids, a.holder_names,
        case when g.new_email is not null and a.outcome in ${sets} then 'error' else a.outcome end as outcome,
        case when g.new_email is not null and a.outcome in ${sets} then ${message(
          'email.duplicateInFile',
          sql`jsonb_build_object('rows', ${otherRows('g', 'a.ordinal')})`,
        )} else a.failure end as failure
      from affiliate_checked a left join address_groups g on g.new_email = a.new_email
        and a.outcome in ('added', 'changed', 'conflict', 'unchanged')
    ), kept_elsewhere as (
      -- the holders of the address were looked up with the row; one keeps it unless the file moves it away
      select distinct on (r.ordinal) r.ordinal, holder.name as keeper
      from address_checked r cross join unnest(r.holder_ids, r.holder_names) as holder(id, name)
      left join address_checked moved on moved.affiliate_id = holder.id and moved.outcome in ${sets}
      where r.holder_ids is not null and r.outcome in ${sets}
        and coalesce(moved.new_email, r.new_email) = r.new_email
      order by r.ordinal, holder.id
    ), concluded as (
      select u.sheet_row, u.affiliate_id, u.affiliate_name, u.affiliate_number, u.current_email, u.new_email,
        u.in_service, u.invitable, u.warned, u.cell_messages,
        case when k.ordinal is not null then 'error' else r.outcome end as outcome,
        case when k.ordinal is not null
            then ${message('email.heldByOther', sql`jsonb_build_object('name', k.keeper)`)}
          when r.failure is not null then r.failure
          when ${conflictSince(exportedAt)} then ${message(
            'email.changedSinceExport',
            sql`jsonb_build_object('email', coalesce(u.current_email, '—'))`,
          )}
          else u.address_message end as last_message
      from upload_checked u join address_checked r on r.ordinal = u.ordinal
      left join kept_elsewhere k on k.ordinal = u.ordinal
    ), validated as (
      select c.*, cell_messages
        || case when last_message is null then '[]'::jsonb else jsonb_build_array(last_message) end as messages
      from concluded c
    )`;
}

/**
 * Validates the checked rows of an upload (upload-staging.ts) across rows, in the database: stores the rows
 * the preview shows (those that are not unchanged, or have something to say, replacing an earlier attempt's)
 * and returns the counts. Nothing else is written. Rows are in file order by their `ordinal`.
 */
export async function validateStagedUpload(
  tx: Executor,
  upload: { actionId: string; exportedAt: Date | null },
): Promise<UploadCounts> {
  const { actionId } = upload;
  await tx.execute(sql`delete from upload_rows where action_id = ${actionId}`);
  // the statement joins the rows of this upload with one another, a hash join each: a nested loop, chosen on
  // a wrong estimate of a temporary table's rows, would cost the square of their number
  await tx.execute(sql`set local enable_nestloop = off`);
  const result = await tx.execute<UploadCounts>(sql`
    with ${acrossRows(upload.exportedAt)}, saved as (
      insert into upload_rows (action_id, sheet_row, outcome, affiliate_id, affiliate_name, national_number,
        current_email, new_email, messages)
      select ${actionId}::uuid, sheet_row, outcome, affiliate_id, affiliate_name, affiliate_number,
        current_email, new_email, messages
      from validated where outcome <> 'unchanged' or messages <> '[]'::jsonb
    )
    select count(*)::int as rows, count(*) filter (where outcome = 'added')::int as added,
      count(*) filter (where outcome = 'changed')::int as changed,
      count(*) filter (where outcome = 'unchanged')::int as unchanged,
      count(*) filter (where outcome = 'ignored')::int as ignored,
      count(*) filter (where outcome = 'error')::int as errors,
      count(*) filter (where outcome = 'conflict')::int as conflicts,
      count(*) filter (where warned)::int as warnings,
      count(*) filter (where outcome in ('added', 'changed'))::int as confirmations,
      count(*) filter (where outcome in ('added', 'changed') and in_service and invitable)::int as invitations
    from validated`);
  return result.rows[0]!;
}
