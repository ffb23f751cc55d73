import type { EmailCoveragePoint } from '@groupdesk/contracts';
import type { Executor } from '@groupdesk/db';
import { sql } from 'drizzle-orm';

interface PointRow extends Record<string, unknown> {
  month: string;
  at: Date;
  affiliates: number;
  with_address: number;
}

/**
 * The share of affiliates with a professional address at the end of each of the last 12 months (Brussels
 * time; the current month is measured now), rebuilt from what is recorded rather than guessed:
 *
 * - Affiliates counted at a point: those affiliated to a contract by then (their first affiliation date,
 *   or the day they were loaded if they have no contract). Those who left stay counted, as in the
 *   portfolio's current figures, so that the last point equals them.
 * - Whether one had an address at a point: every change of address is journaled with the address before
 *   and after (the affiliate form, an applied or undone upload). If the affiliate's address changed after
 *   the point, the `before` of the first such change is what they had at the point. If not, they have had
 *   their current state since: an address counts from `professional_email_since` (addresses loaded with the
 *   data, which no journal entry records, count from then), no address counts as none.
 *
 * Only the journal entries of the 12 months are read, through the (employer, at) index. Affiliates whose
 * address did not change in them are counted by the month they enter (width_bucket), not month by month: a
 * hundred thousand affiliates cost one pass.
 */
export async function emailCoverage(db: Executor, employerIds: string[]): Promise<EmailCoveragePoint[]> {
  const employers = sql`${sql.param(employerIds)}::uuid[]`;
  const result = await db.execute<PointRow>(sql`
    with months as (
      select row_number() over (order by m)::int as idx, to_char(m, 'YYYY-MM') as month,
        least((m + interval '1 month') at time zone 'Europe/Brussels', now()) as at
      from generate_series(date_trunc('month', now() at time zone 'Europe/Brussels') - interval '11 months',
        date_trunc('month', now() at time zone 'Europe/Brussels'), interval '1 month') as m
    ), bounds as (
      select array_agg(at order by idx) as ats,
        array_agg((at at time zone 'Europe/Brussels')::date order by idx) as days, min(at) as first_at
      from months
    ), changes as (
      select j.id, j.affiliate_id, j.at, (j.before ->> 'professionalEmail') is not null as had
      from journal_entries j
      where j.employer_id = any(${employers}) and j.affiliate_id is not null
        and j.at > (select first_at from bounds) and jsonb_exists(j.after, 'professionalEmail')
    ), subjects as (
      -- the first point each affiliate is counted at, and from which their current address counts (13: never)
      select a.id, a.professional_email is not null as has_now,
        width_bucket(coalesce(min(ac.affiliation_date), (a.created_at at time zone 'Europe/Brussels')::date) - 1,
          (select days from bounds)) + 1 as known_at,
        case when a.professional_email is null then 13
          else coalesce(width_bucket(a.professional_email_since - interval '1 microsecond', (select ats from bounds)), 0) + 1
        end as address_at,
        a.id in (select affiliate_id from changes) as moving
      from affiliates a left join affiliate_contracts ac on ac.affiliate_id = a.id
      where a.employer_id = any(${employers})
      group by a.id
    ), known as (
      select known_at as idx, count(*) as n from subjects group by known_at
    ), steady as (
      -- no journaled change in the window: an address from address_at on, counted once known
      select greatest(known_at, address_at) as idx, count(*) as n from subjects where not moving group by 1
    ), first_change_after as (
      select distinct on (m.idx, c.affiliate_id) m.idx, c.affiliate_id, c.had
      from months m join changes c on c.at > m.at
      order by m.idx, c.affiliate_id, c.at, c.id
    ), moving as (
      -- a journaled change after a point: the address before it is the one they had then
      select m.idx, count(*) filter (where s.known_at <= m.idx
        and coalesce(f.had, s.address_at <= m.idx)) as n
      from months m cross join subjects s
      left join first_change_after f on f.idx = m.idx and f.affiliate_id = s.id
      where s.moving
      group by m.idx
    )
    select m.month, m.at,
      (select coalesce(sum(n), 0) from known k where k.idx <= m.idx)::int as affiliates,
      ((select coalesce(sum(n), 0) from steady s where s.idx <= m.idx)
        + coalesce((select n from moving v where v.idx = m.idx), 0))::int as with_address
    from months m
    order by m.idx`);
  return result.rows.map((row) => ({
    month: row.month,
    at: new Date(row.at).toISOString(),
    affiliates: row.affiliates,
    withProfessionalEmail: row.with_address,
  }));
}
