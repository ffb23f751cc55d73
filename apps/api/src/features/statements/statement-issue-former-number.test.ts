import type { StatementIssueResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { makeNationalNumber } from '@groupdesk/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld, seededStatementYears } from '../../../test/fixtures';
import { type TestApp, createTestApp } from '../../../test/test-app';

const { affiliateNationalNumberHistory, benefitStatements } = schema;
const TOKEN = 'back-office-token-for-the-former-number-tests';
// the year after the seeded ones: statements not issued yet
const YEAR = seededStatementYears.at(-1)! + 1;

interface Holder {
  id: string;
  nationalNumber: string;
  birthDate: string;
  contract: string;
}
let t: TestApp;
let employerId: string;
/** three affiliates of Van Damme, each on one contract, the first two on different contracts */
let replaced: Holder;
let other: Holder;
let third: Holder;

const figures = (vestedReserves: number) => ({
  referenceDate: `${YEAR}-01-01`,
  salary: 48_000,
  occupancyRate: 100,
  employerPremium: 2_000,
  personalPremium: 500,
  vestedReserves,
  projectedRetirementCapital: 150_000,
  deathCapital: 96_000,
  disabilityAnnuity: 14_400,
});

const issue = async (statements: Array<{ nationalNumber: string; contract: string; reserves: number }>) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/integrations/statements',
    headers: { authorization: `Bearer ${TOKEN}` },
    payload: {
      statements: statements.map((statement) => ({
        nationalNumber: statement.nationalNumber,
        contractNumber: statement.contract,
        year: YEAR,
        issueDate: `${YEAR}-06-15`,
        figures: figures(statement.reserves),
      })),
    },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StatementIssueResponse>();
};

/** The number an affiliate held before the one they hold now, as a replacement or correction records it. */
const heldBefore = (holder: Holder, previousNumber: string, previousKind: 'bis' | 'national' = 'bis') =>
  t.db.insert(affiliateNationalNumberHistory).values({
    employerId,
    affiliateId: holder.id,
    previousNumber,
    previousKind,
    newNumber: holder.nationalNumber,
    newKind: 'national',
  });

/** A BIS number of the affiliate's birth date that nobody holds now. */
const bisNumberOf = (holder: Holder, sequence: number) =>
  makeNationalNumber({ birthDate: holder.birthDate, sequence, kind: 'bis' });

const statementsOf = (affiliateId: string) =>
  t.db
    .select({ vestedReserves: sql<number>`(${benefitStatements.figures} ->> 'vestedReserves')::numeric` })
    .from(benefitStatements)
    .where(and(eq(benefitStatements.affiliateId, affiliateId), eq(benefitStatements.year, YEAR)));

beforeAll(async () => {
  t = await createTestApp({ BACK_OFFICE_TOKEN: TOKEN, WORKERS: '0' });
  employerId = (await loadDemoWorld(t.db)).employerId.vanDamme;
  const found = await t.db.execute<{
    id: string;
    national_number: string;
    birth_date: string;
    contract: string;
  }>(sql`
    select distinct on (gc.number) a.id, a.national_number, a.birth_date, gc.number as contract
    from affiliates a join affiliate_contracts ac on ac.affiliate_id = a.id
    join group_contracts gc on gc.id = ac.contract_id
    where a.employer_id = ${employerId} and a.national_number_kind = 'national'
      and (select count(*) from affiliate_contracts x where x.affiliate_id = a.id) = 1
    order by gc.number, a.id`);
  const [a, b, c] = found.rows.map((row) => ({
    id: row.id,
    nationalNumber: row.national_number,
    birthDate: row.birth_date,
    contract: row.contract,
  }));
  [replaced, other, third] = [a!, b!, c!];
});
afterAll(async () => t.close());

describe('a statement issued under a number the affiliate held before', () => {
  it('finds the affiliate by their replaced BIS number when nobody holds it now', async () => {
    const bis = bisNumberOf(replaced, 801);
    await heldBefore(replaced, bis);
    const result = await issue([{ nationalNumber: bis, contract: replaced.contract, reserves: 11_000 }]);
    expect(result).toMatchObject({ created: 1, unknown: [] });
    expect(await statementsOf(replaced.id)).toEqual([{ vestedReserves: '11000' }]);
  });

  it('goes to whoever holds the number now, not to the affiliate who held it before', async () => {
    // a number recorded in error for `replaced` once, which `other` holds now
    await heldBefore(replaced, other.nationalNumber, 'national');
    const result = await issue([
      { nationalNumber: other.nationalNumber, contract: other.contract, reserves: 22_000 },
      { nationalNumber: other.nationalNumber, contract: replaced.contract, reserves: 1 },
    ]);
    expect(result).toMatchObject({ created: 1 });
    expect(result.unknown).toEqual([
      {
        nationalNumber: other.nationalNumber,
        contractNumber: replaced.contract,
        year: YEAR,
        reason: 'affiliation',
      },
    ]);
    expect(await statementsOf(other.id)).toEqual([{ vestedReserves: '22000' }]);
    expect(await statementsOf(replaced.id)).toEqual([{ vestedReserves: '11000' }]);
  });

  it('finds nobody by a number two affiliates held before', async () => {
    const bis = bisNumberOf(third, 803);
    await heldBefore(third, bis);
    await heldBefore(replaced, bis);
    const result = await issue([{ nationalNumber: bis, contract: third.contract, reserves: 1 }]);
    expect(result).toMatchObject({ created: 0 });
    expect(result.unknown).toEqual([
      { nationalNumber: bis, contractNumber: third.contract, year: YEAR, reason: 'affiliate' },
    ]);
    expect(await statementsOf(third.id)).toEqual([]);
  });

  it('under both numbers in one call: the statement under the current number, the other told as a duplicate', async () => {
    const bis = bisNumberOf(third, 805);
    await heldBefore(third, bis);
    const result = await issue([
      { nationalNumber: bis, contract: third.contract, reserves: 1 },
      { nationalNumber: third.nationalNumber, contract: third.contract, reserves: 33_000 },
    ]);
    expect(result).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(result.unknown).toEqual([
      { nationalNumber: bis, contractNumber: third.contract, year: YEAR, reason: 'duplicate' },
    ]);
    expect(await statementsOf(third.id)).toEqual([{ vestedReserves: '33000' }]);
  });
});
