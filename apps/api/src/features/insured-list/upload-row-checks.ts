import { type SQL, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope } from '../affiliates/affiliate-scope';
import type { HeaderMap } from './upload-headers';

/** A message of a row as the preview shows it: its code and parameters (UploadRowMessage). */
export const message = (code: string | SQL, params: SQL = sql`'{}'::jsonb`) =>
  sql`jsonb_build_object('code', ${typeof code === 'string' ? sql`${code}::text` : code}, 'params', ${params})`;

/**
 * Each row checked on its own, kept in a temporary table of the transaction until the rules across rows:
 * the affiliate it names, its outcome, the address it would set, the warnings about its other cells and the
 * message about its address. What the rules across rows and the counts need of other tables is looked up
 * here too, while the next batch is read: whether an added address brings an invitation, and which other
 * affiliates hold that address now (their ids and their names as the message would give them). A conflict (an address changed after the export) is told at the end,
 * when the export's stamp has been read: an added or changed row keeps when its affiliate's address last
 * changed.
 */
export const checkedRowsTable = sql`create temporary table upload_checked (ordinal int, sheet_row int,
  key_id uuid, affiliate_id uuid, affiliate_name text, affiliate_number text, current_email text,
  new_email text, in_service boolean, invitable boolean, email_changed_at float8, outcome text,
  warned boolean, holder_ids uuid[], holder_names text[], cell_messages jsonb, address_message jsonb)
  on commit drop`;

/**
 * A birth date cell that holds the stored date: an Excel serial number (as exported) compared as such,
 * rounded as JavaScript rounds; a serial is a date only between 0 and 200,000 (excelSerialDate).
 */
const sameBirthDate = sql.raw(`(case
  when s.birth_serial is null then s.birth_date is not distinct from affiliates.birth_date::text
  when affiliates.birth_date is not null
    then floor(s.birth_serial + 0.5) = affiliates.birth_date - date '1899-12-30'
  else not (s.birth_serial > 0 and s.birth_serial < 200000) end)`);

// a name cell as exported is the stored name itself (its typed text, or the cell when that differs); one
// typed again is compared normalised
const sameName = (column: 'last_name' | 'first_name') =>
  sql.raw(`(s.${column} = affiliates.${column} or coalesce(s.${column}_cell = affiliates.${column}, false)
    or s.${column} = normalize(affiliates.${column}, nfc))`);

/**
 * Checks a batch of rows (`cells`, upload-cells.ts) and keeps them: found by the groupdesk key or else by the
 * national number among the employer's affiliates; ignored when unknown or outside the user's scope.
 */
export function checkRows(cells: SQL, access: EmployerAccessContext, labels: HeaderMap['labels']) {
  const edited = (column: keyof HeaderMap['labels'], condition: SQL) =>
    sql`case when ${condition} then ${labels[column] ?? column}::text end`;
  const { employerId } = access;
  return sql`
    insert into upload_checked
    with cells as materialized (${cells}), compared as (
      select s.*, affiliates.id as affiliate_id,
        affiliates.last_name || ' ' || affiliates.first_name as affiliate_name,
        affiliates.national_number as affiliate_number, affiliates.professional_email as current_email,
        affiliates.employment_status = 'in-service' as in_service,
        affiliates.portal_registered_at is null as unregistered,
        affiliates.professional_email_changed_at,
        case when affiliates.id is null then 'row.unknown' when not ${affiliateScope(access)} then 'row.outOfScope'
        end as ignored_because,
        s.number_restored and s.national_number = affiliates.national_number as number_restored_here,
        concat_ws(', ',
          ${edited('nationalNumber', sql`not s.number_blank and (s.national_number is null or s.national_number is distinct from affiliates.national_number)`)},
          ${edited('lastName', sql`not s.last_name_blank and not ${sameName('last_name')}`)},
          ${edited('firstName', sql`not s.first_name_blank and not ${sameName('first_name')}`)},
          ${edited('birthDate', sql`not s.birth_blank and not ${sameBirthDate}`)}) as edited_columns
      from cells s left join lateral (
        -- by the key, or else by the national number: the first that finds the affiliate
        select * from affiliates where id = s.key_id and employer_id = ${employerId}
        union all
        select * from affiliates where national_number = s.national_number and employer_id = ${employerId}
        limit 1) affiliates on true
    ), outcomes as (
      select c.*, case
          when ignored_because is not null then 'ignored'
          when email_state = 'blank' or email_typed = current_email then 'unchanged'
          when email_state <> 'valid' then 'error'
          when email = current_email then 'unchanged'
          when coalesce(current_email, '') <> '' then 'changed'
          else 'added' end as outcome
      from compared c
    )
    select ordinal, sheet_row, key_id, affiliate_id, affiliate_name, affiliate_number, current_email,
      case when ignored_because is not null or email_state = 'blank' then null
        when email_typed = current_email then email_typed
        when email_state <> 'valid' then email_shown
        else email end,
      in_service,
      case when outcome in ('added', 'changed') then unregistered and not exists (
        select 1 from email_outbox o where o.affiliate_id = outcomes.affiliate_id and o.kind = 'invitation'
          and o.status in ('scheduled', 'sending', 'sent')) end,
      floor(extract(epoch from professional_email_changed_at) * 1000), outcome,
      ignored_because is not null or edited_columns <> '',
      holders.ids, holders.names,
      case when ignored_because is not null then '[]'::jsonb else
        (case when number_restored_here then jsonb_build_array(${message('nationalNumber.leadingZero')})
          else '[]'::jsonb end)
        || (case when edited_columns <> ''
          then jsonb_build_array(${message('row.protectedEdited', sql`jsonb_build_object('columns', edited_columns)`)})
          else '[]'::jsonb end) end,
      case when ignored_because is not null then ${message(sql`ignored_because`)}
        when outcome = 'error' and email_state = 'tooLong' then ${message('email.tooLong')}
        when outcome = 'error' then ${message('email.invalid', sql`jsonb_build_object('email', email_quoted)`)}
        when outcome in ('added', 'changed') and not in_service then ${message('row.left')}
      end
    from outcomes left join lateral (
      -- the other affiliates who hold the address now; a message names them only to a user who sees them
      select array_agg(affiliates.id order by affiliates.id) as ids,
        array_agg(case when ${affiliateScope(access)} then affiliates.last_name || ' ' || affiliates.first_name
          else '—' end order by affiliates.id) as names
      from affiliates where outcomes.outcome in ('added', 'changed') and affiliates.employer_id = ${employerId}
        and affiliates.professional_email = outcomes.email and affiliates.id <> outcomes.affiliate_id
      having count(*) > 0) holders on true`;
}
