// The bench's data in three set-based statements: one INSERT … SELECT per table, whatever the number of rows.

/**
 * The employers (ids, names and enterprise numbers made by the caller) and two group contracts each,
 * numbered 530/9iiii0 (everyone) and 530/9iiii1 (one in four).
 */
export const insertEmployers = `
with made as (
  select * from unnest($1::uuid[], $2::text[], $3::text[]) with ordinality as e(id, name, enterprise_number, n)
), employers_made as (
  insert into employers (id, name, enterprise_number, language, notification_email)
  select id, name, enterprise_number, 'fr', 'hr@employer-' || n || '.bench.groupdesk.be' from made
)
insert into group_contracts (employer_id, number, name, start_date)
select id, '530/9' || lpad((n - 1)::text, 4, '0') || plan.digit, plan.name, plan.start_date
from made cross join (values ('0', 'Plan employés', date '2005-01-01'), ('1', 'Plan cadres', date '2012-01-01'))
  as plan(digit, name, start_date)`;

/**
 * Every affiliate of every employer: `k` numbers them across employers, so that national numbers stay
 * unique: k picks sex (its parity), birth date (one of 16,000 days from 1960, some after 2000) and sequence,
 * which together make the number; check digits are mod 97, with the 2 in front for people born from 2000
 * on. Every 50th has no number, the next one a BIS number (month + 40). Names come from the demo seed's
 * lists ($4 last names, $5 and $6 first names), 40% of those in service have a professional address.
 */
export const insertAffiliates = `
with slices as (
  select * from unnest($1::uuid[], $2::bigint[], $3::bigint[]) with ordinality as s(employer_id, first_k, size, n)
), numbered as (
  select s.employer_id, 'employer-' || s.n || '.bench.groupdesk.be' as domain, k, (k % 2)::int as female,
    date '1960-01-01' + ((k / 2) % 16000)::int as birth_date, (1 + k % 2 + 2 * (k / 32000))::int as sequence,
    case k % 50 when 0 then null when 1 then 'bis' else 'national' end as kind
  from slices s cross join lateral generate_series(s.first_k, s.first_k + s.size - 1) as g(k)
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
        || regexp_replace(search_text(last_name), '[^a-z]+', '', 'g') || '.' || k || '@' || domain
    end as professional_email,
    case when (k * 17) % 100 < 15 then 'private.' || k || '@mail.be' end as private_email
  from people p
)
insert into affiliates (employer_id, national_number, national_number_kind, national_number_since, last_name,
  first_name, birth_date, sex, language, professional_email, professional_email_since,
  professional_email_changed_at, private_email, portal_registered_at, employment_status, left_on)
select employer_id, case when kind is not null then number end, kind::national_number_kind,
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
export const insertAffiliateContracts = `
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
where right(c.number, 1) = '0' or abs(hashtext(a.id::text)) % 4 = 0`;
