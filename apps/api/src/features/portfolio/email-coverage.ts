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
 * Only the journal entries of the 12 months are read, through the (employer, at) index.
 */
export async function emailCoverage(db: Executor, employerIds: string[]): Promise<EmailCoveragePoint[]> {
  const employers = sql`${sql.param(employerIds)}::uuid[]`;
  const result = await db.execute<PointRow>(sql`
    with months as (
      select to_char(m, 'YYYY-MM') as month,
        least((m + interval '1 month') at time zone 'Europe/Brussels', now()) as at
      from generate_series(date_trunc('month', now() at time zone 'Europe/Brussels') - interval '11 months',
        date_trunc('month', now() at time zone 'Europe/Brussels'), interval '1 month') as m
    ), changes as (
      select j.id, j.affiliate_id, j.at, (j.before ->> 'professionalEmail') is not null as had
      from journal_entries j
      where j.employer_id = any(${employers}) and j.affiliate_id is not null
        and j.at > (select min(at) from months) and jsonb_exists(j.after, 'professionalEmail')
    ), first_change_after as (
      select distinct on (m.month, c.affiliate_id) m.month, c.affiliate_id, c.had
      from months m join changes c on c.at > m.at
      order by m.month, c.affiliate_id, c.at, c.id
    ), subjects as (
      select a.id, a.professional_email is not null as has_now, a.professional_email_since as since,
        coalesce(min(ac.affiliation_date), (a.created_at at time zone 'Europe/Brussels')::date) as known_from
      from affiliates a left join affiliate_contracts ac on ac.affiliate_id = a.id
      where a.employer_id = any(${employers})
      group by a.id
    )
    select m.month, m.at,
      (count(s.id) filter (where s.known_from <= (m.at at time zone 'Europe/Brussels')::date))::int as affiliates,
      (count(s.id) filter (where s.known_from <= (m.at at time zone 'Europe/Brussels')::date
        and coalesce(f.had, s.has_now and (s.since is null or s.since <= m.at))))::int as with_address
    from months m
    left join subjects s on true
    left join first_change_after f on f.month = m.month and f.affiliate_id = s.id
    group by m.month, m.at
    order by m.month`);
  return result.rows.map((row) => ({
    month: row.month,
    at: new Date(row.at).toISOString(),
    affiliates: row.affiliates,
    withProfessionalEmail: row.with_address,
  }));
}
