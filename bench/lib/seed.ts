import { createDatabase } from '@groupdesk/db';
import { makeEnterpriseNumber } from '@groupdesk/domain';
// the demo seed's names: the bench uses the same mix of French, Dutch and accented names, not a copy
import { femaleFirstNames, lastNames, maleFirstNames } from '../../packages/db/src/seed/names';

export const BENCH_USER_EMAIL = 'master@bench.groupdesk.be';

export interface BenchEmployer {
  employerId: string;
  affiliates: number;
}

type Pool = ReturnType<typeof createDatabase>['pool'];

/**
 * The affiliates of one employer in one statement. `k` numbers the bench's affiliates across employers, so
 * that national numbers stay unique: k picks sex (its parity), birth date (one of 16,000 days from 1960,
 * some after 2000) and sequence, which together make the number; check digits are mod 97, with the 2 in
 * front for people born from 2000 on. Every 50th has no number, the next one a BIS number (month + 40).
 */
const insertAffiliates = `
with numbered as (
  select k, (k % 2)::int as female, date '1960-01-01' + ((k / 2) % 16000)::int as birth_date,
    (1 + k % 2 + 2 * (k / 32000))::int as sequence,
    case k % 50 when 0 then null when 1 then 'bis' else 'national' end as kind
  from generate_series($2::bigint, $3::bigint - 1) as g(k)
), bodies as (
  select n.*, extract(year from birth_date)::int >= 2000 as born_2000,
    (extract(year from birth_date)::int % 100) * 10000000::bigint
      + (extract(month from birth_date)::int + case when kind = 'bis' then 40 else 0 end) * 100000
      + extract(day from birth_date)::int * 1000 + sequence as body
  from numbered n
), people as (
  select b.*,
    lpad(body::text, 9, '0')
      || lpad((97 - ((case when born_2000 then 2000000000 else 0 end + body) % 97))::text, 2, '0') as number,
    ($4::text[])[1 + (k * 7919) % cardinality($4::text[])] as last_name,
    case when female = 1 then ($6::text[])[1 + (k * 104729) % cardinality($6::text[])]
      else ($5::text[])[1 + (k * 104729) % cardinality($5::text[])] end as first_name,
    (k * 37) % 100 < 8 as has_left,
    timestamptz '2025-01-06 08:00:00+00' + (k % 300) * interval '1 day' as email_since
  from bodies b
), contacts as (
  select p.*,
    case when not has_left and (k * 13) % 100 < 40 then
      regexp_replace(search_text(first_name), '[^a-z]+', '', 'g') || '.'
        || regexp_replace(search_text(last_name), '[^a-z]+', '', 'g') || '.' || k || '@' || $7
    end as professional_email,
    case when (k * 17) % 100 < 15 then 'private.' || k || '@mail.be' end as private_email
  from people p
)
insert into affiliates (employer_id, national_number, national_number_kind, national_number_since, last_name,
  first_name, birth_date, sex, language, professional_email, professional_email_since,
  professional_email_changed_at, private_email, portal_registered_at, employment_status, left_on)
select $1, case when kind is not null then number end, kind::national_number_kind,
  case when kind is not null then date '2020-01-01' + (k % 1500)::int end,
  last_name, first_name, birth_date, case when female = 1 then 'F' else 'M' end::sex,
  (case when k % 100 < 55 then 'fr' when k % 100 < 90 then 'nl' when k % 100 < 97 then 'en' else 'de' end)::language,
  professional_email, case when professional_email is not null then email_since end,
  case when professional_email is not null then email_since end,
  private_email,
  case when private_email is not null or (professional_email is not null and k % 4 = 0) then email_since end,
  (case when has_left then 'left' else 'in-service' end)::employment_status,
  case when has_left then date '2024-01-01' + (k % 700)::int end
from contacts`;

/** Everyone on the first contract, one in four on the second too; those who left keep passive reserves. */
const insertAffiliateContracts = `
insert into affiliate_contracts (employer_id, affiliate_id, contract_id, status, affiliation_date, reserves,
  annual_premium, guarantees)
select a.employer_id, a.id, c.id,
  (case when a.employment_status = 'left' then 'passive' else 'active' end)::contract_status,
  date_trunc('month', date '2008-01-01' + (abs(hashtext(a.id::text)) % 5000))::date,
  1000 + abs(hashtext(a.id::text)) % 90000,
  case when a.employment_status = 'in-service' then 2400 end,
  jsonb_build_object('retirementCapital', 150000, 'deathCapital', 90000, 'disabilityAnnuity', 15000,
    'premiumWaiver', true)
from affiliates a join group_contracts c on c.employer_id = a.employer_id
where a.employer_id = $1 and (c.number = $2 or abs(hashtext(a.id::text)) % 4 = 0)`;

async function seedEmployer(pool: Pool, index: number, firstK: number, affiliates: number) {
  const domain = `employer-${index + 1}.bench.groupdesk.be`;
  const employer = await pool.query<{ id: string }>(
    `insert into employers (name, enterprise_number, language, notification_email)
     values ($1, $2, 'fr', $3) returning id`,
    [`Bench ${affiliates.toLocaleString('en')} SA`, makeEnterpriseNumber(9_100_000 + index), `hr@${domain}`],
  );
  const employerId = employer.rows[0]!.id;
  // group contracts are numbered 530/…
  const contracts = [`530/9${String(index).padStart(3, '0')}0`, `530/9${String(index).padStart(3, '0')}1`];
  await pool.query(
    `insert into group_contracts (employer_id, number, name, start_date)
     values ($1, $2, 'Plan employés', '2005-01-01'), ($1, $3, 'Plan cadres', '2012-01-01')`,
    [employerId, ...contracts],
  );
  await pool.query(insertAffiliates, [
    employerId,
    firstK,
    firstK + affiliates,
    lastNames,
    maleFirstNames,
    femaleFirstNames,
    domain,
  ]);
  await pool.query(insertAffiliateContracts, [employerId, contracts[0]]);
  return employerId;
}

/**
 * One employer per size, built with set-based SQL (the demo seed's row-by-row build would take minutes at
 * 100,000), and one Master User with write access to all of them. The user has no password: the bench
 * calls the services directly and never logs in.
 */
export async function seedBenchData(url: string, sizes: number[]): Promise<BenchEmployer[]> {
  const { pool } = createDatabase(url, { max: 1 });
  try {
    const employers: BenchEmployer[] = [];
    let firstK = 0;
    for (const [index, affiliates] of sizes.entries()) {
      employers.push({ employerId: await seedEmployer(pool, index, firstK, affiliates), affiliates });
      firstK += affiliates;
    }
    const user = await pool.query<{ id: string }>(
      `insert into users (email, name, language) values ($1, 'Bench Master', 'fr') returning id`,
      [BENCH_USER_EMAIL],
    );
    await pool.query(
      `insert into memberships (user_id, employer_id, role, profile)
       select $1, unnest($2::uuid[]), 'master', 'write'`,
      [user.rows[0]!.id, employers.map((employer) => employer.employerId)],
    );
    // fresh statistics, as a long-lived database would have
    await pool.query('vacuum analyze');
    return employers;
  } finally {
    await pool.end();
  }
}
