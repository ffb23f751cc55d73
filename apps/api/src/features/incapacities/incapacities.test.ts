import type { Incapacity, IncapacityListResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { addDays } from '@groupdesk/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, journalEntriesOf, loadDemoWorld, belgianDay } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, affiliateContracts, groupContracts } = schema;

let t: TestApp;
let world: DemoWorld;
let hr: ReturnType<typeof client>;
let url: string;
/** Van Damme affiliates in service, affiliated long ago, with only the 530/00412 contract (30 days) */
const pool: string[] = [];
/** one with both the 530/00412 (30 days) and the 530/00413 (90 days) contracts */
let twoContracts: string;
const take = () => {
  const next = pool.shift();
  if (!next) throw new Error('no more affiliates in the seed');
  return next;
};

const today = belgianDay();
const declare = (as: ReturnType<typeof client>, body: unknown) =>
  as.send({ method: 'POST', url, payload: body as object });
const close = (as: ReturnType<typeof client>, id: string, body: unknown) =>
  as.send({ method: 'POST', url: `${url}/${id}/close`, payload: body as object });
/** The covers the incapacity calls on, on every contract of the affiliate (the seed draws them at random). */
const setCovers = (affiliateId: string, covers: { disabilityAnnuity: number; premiumWaiver: boolean }) =>
  t.db
    .update(affiliateContracts)
    .set({ guarantees: sql`${affiliateContracts.guarantees} || ${JSON.stringify(covers)}::jsonb` })
    .where(eq(affiliateContracts.affiliateId, affiliateId));
const list = async (query = '') => (await hr.get(`${url}${query}`)).json<IncapacityListResponse>();

beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
  world = await loadDemoWorld(t.db);
  url = `/api/employers/${world.employerId.vanDamme}/incapacities`;
  hr = client(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
  // drizzle leaves the columns of a one-table select unqualified: the subqueries name the table themselves
  const contractsOf = sql<string>`(select string_agg(gc.number, ',' order by gc.number) from affiliate_contracts ac
    join group_contracts gc on gc.id = ac.contract_id where ac.affiliate_id = "affiliates"."id" and ac.status = 'active')`;
  const rows = await t.db
    .select({ id: affiliates.id, contracts: contractsOf })
    .from(affiliates)
    .where(
      and(
        eq(affiliates.employerId, world.employerId.vanDamme),
        eq(affiliates.employmentStatus, 'in-service'),
        sql`not exists (select 1 from affiliate_contracts ac where ac.affiliate_id = "affiliates"."id" and ac.affiliation_date > '2024-01-01')`,
        // the demo's open incapacity (seed/life-events.ts) stays out of the way
        sql`not exists (select 1 from incapacities i where i.affiliate_id = "affiliates"."id")`,
      ),
    )
    .orderBy(affiliates.id);
  pool.push(...rows.filter((row) => row.contracts === '530/00412').map((row) => row.id));
  twoContracts = rows.find((row) => row.contracts === '530/00412,530/00413')!.id;
});
afterAll(async () => t?.close());

describe('POST …/incapacities: a declaration', () => {
  it('shows the guaranteed pay, the insurer’s start after each contract’s risk period and the deadline', async () => {
    await setCovers(twoContracts, { disabilityAnnuity: 12_000, premiumWaiver: true });
    const firstDay = addDays(today, -10);
    const response = await declare(hr, { affiliateId: twoContracts, firstDay, cause: 'illness' });
    expect(response.statusCode, response.body).toBe(201);
    const incapacity = response.json<Incapacity>();
    expect(incapacity).toMatchObject({
      affiliate: { id: twoContracts },
      firstDay,
      cause: 'illness',
      declaredOn: today,
      late: false,
      endDate: null,
      // the first day is day 1 of the 30 days of guaranteed pay
      guaranteedPayEnd: addDays(firstDay, 29),
      statutoryBenefitFrom: addDays(firstDay, 30),
      statutoryBenefitPayer: 'health-insurance-fund',
      reportingDeadline: addDays(firstDay, 45),
      declaredBy: 'Hugo Renard',
    });
    expect(incapacity.contracts).toEqual([
      expect.objectContaining({
        number: '530/00412',
        personalRiskPeriodDays: 30,
        insurerContributionFrom: addDays(firstDay, 30),
        premiumWaiverFrom: addDays(firstDay, 30),
      }),
      expect.objectContaining({
        number: '530/00413',
        personalRiskPeriodDays: 90,
        insurerContributionFrom: addDays(firstDay, 90),
        premiumWaiverFrom: addDays(firstDay, 90),
      }),
    ]);
    expect(await journalEntriesOf(t.db, twoContracts)).toEqual([
      expect.objectContaining({
        kind: 'incapacity.declared',
        after: { firstDay, cause: 'illness', doctorAssessedOn: null, declaredOn: today, late: false },
      }),
    ]);
    expect((await list()).items.map((item) => item.id)).toContain(incapacity.id);
  });

  // "If your group insurance includes disability cover [...]"; "If you have premium waiver cover [...]"
  it('starts the annuity only under disability cover and the premium waiver only under its own cover', async () => {
    const affiliateId = take();
    await setCovers(affiliateId, { disabilityAnnuity: 0, premiumWaiver: true });
    const firstDay = addDays(today, -10);
    const response = await declare(hr, { affiliateId, firstDay, cause: 'illness' });
    expect(response.statusCode, response.body).toBe(201);
    const { id, contracts } = response.json<Incapacity>();
    expect(contracts).toEqual([
      expect.objectContaining({ insurerContributionFrom: null, premiumWaiverFrom: addDays(firstDay, 30) }),
    ]);

    await setCovers(affiliateId, { disabilityAnnuity: 9_000, premiumWaiver: false });
    const listed = (await list()).items.find((item) => item.id === id);
    expect(listed?.contracts).toEqual([
      expect.objectContaining({ insurerContributionFrom: addDays(firstDay, 30), premiumWaiverFrom: null }),
    ]);
  });

  // "Vivium must be informed of the incapacity for work no later than 45 days after the start"
  it.each([
    [45, false],
    [46, true],
  ])('declared %i days after the first day: late %s', async (daysAgo, late) => {
    const response = await declare(hr, {
      affiliateId: take(),
      firstDay: addDays(today, -daysAgo),
      cause: 'illness',
    });
    expect(response.json<Incapacity>().late).toBe(late);
  });

  it('on maternity leave the fund pays from the first day; an occupational accident, its insurer', async () => {
    const firstDay = addDays(today, -3);
    const maternity = (
      await declare(hr, { affiliateId: take(), firstDay, cause: 'pregnancy' })
    ).json<Incapacity>();
    expect(maternity).toMatchObject({ guaranteedPayEnd: null, statutoryBenefitFrom: firstDay });
    const accident = (
      await declare(hr, { affiliateId: take(), firstDay, cause: 'occupational-accident' })
    ).json<Incapacity>();
    expect(accident.statutoryBenefitPayer).toBe('occupational-accident-insurer');
  });

  it('counts the risk period from the doctor’s assessment when given', async () => {
    const firstDay = addDays(today, -20);
    const assessed = addDays(firstDay, 5);
    const affiliateId = take();
    await setCovers(affiliateId, { disabilityAnnuity: 12_000, premiumWaiver: true });
    const incapacity = (
      await declare(hr, {
        affiliateId,
        firstDay,
        cause: 'private-accident',
        doctorAssessedOn: assessed,
      })
    ).json<Incapacity>();
    expect(incapacity.contracts[0]?.insurerContributionFrom).toBe(addDays(assessed, 30));
  });

  it('refuses a second open incapacity of the same affiliate (409)', async () => {
    const affiliateId = take();
    await declare(hr, { affiliateId, firstDay: addDays(today, -5), cause: 'illness' });
    expectError(
      await declare(hr, { affiliateId, firstDay: today, cause: 'illness' }),
      409,
      'incapacity_open',
    );
  });

  it('answers 400 with a detail per wrong field', async () => {
    const affiliateId = take();
    const cases: Array<[unknown, Record<string, string>]> = [
      [{ affiliateId, firstDay: today }, { cause: 'required' }],
      [
        { affiliateId, firstDay: '2026-02-30', cause: 'flu' },
        { firstDay: 'invalid_value', cause: 'invalid_value' },
      ],
      [{ firstDay: today, cause: 'illness' }, { affiliateId: 'required' }],
      [
        { affiliateId, firstDay: today, cause: 'illness', doctorAssessedOn: addDays(today, -1) },
        { doctorAssessedOn: 'incapacity.assessedBeforeStart' },
      ],
      [{ affiliateId, firstDay: addDays(today, 7), cause: 'illness' }, { firstDay: 'date.future' }],
      [{ affiliateId, firstDay: '1990-01-01', cause: 'illness' }, { firstDay: 'date.beforeAffiliation' }],
    ];
    for (const [body, expected] of cases) {
      const error = expectError(await declare(hr, body), 400, 'validation_failed');
      expect(Object.fromEntries(error.details!.map((detail) => [detail.path, detail.code]))).toEqual(
        expected,
      );
    }
    expect((await list(`?affiliateId=${affiliateId}&status=all`)).total).toBe(0);
  });

  it('refuses an affiliate who had left, or who has no active contract (409)', async () => {
    const gone = take();
    await t.db
      .update(affiliates)
      .set({ employmentStatus: 'left', leftOn: addDays(today, -30) })
      .where(eq(affiliates.id, gone));
    expectError(
      await declare(hr, { affiliateId: gone, firstDay: today, cause: 'illness' }),
      409,
      'affiliate_left',
    );
    const passive = take();
    await t.db
      .update(affiliateContracts)
      .set({ status: 'passive' })
      .where(eq(affiliateContracts.affiliateId, passive));
    expectError(
      await declare(hr, { affiliateId: passive, firstDay: today, cause: 'illness' }),
      409,
      'no_active_contract',
    );
  });
});

describe('POST …/incapacities/:incapacityId/close: the return to work', () => {
  it('records the end date; the incapacity leaves the open list for the closed one', async () => {
    const affiliateId = take();
    const firstDay = addDays(today, -15);
    const { id } = (await declare(hr, { affiliateId, firstDay, cause: 'illness' })).json<Incapacity>();

    const before = expectError(await close(hr, id, { endDate: addDays(firstDay, -1) }), 400);
    expect(before.details).toEqual([
      expect.objectContaining({ path: 'endDate', code: 'incapacity.endBeforeStart' }),
    ]);
    expectError(await close(hr, id, {}), 400, 'validation_failed');

    const response = await close(hr, id, { endDate: addDays(today, -1) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Incapacity>()).toMatchObject({ id, endDate: addDays(today, -1) });
    expect((await list()).items.map((item) => item.id)).not.toContain(id);
    expect((await list('?status=closed')).items.map((item) => item.id)).toContain(id);
    expectError(await close(hr, id, { endDate: today }), 409, 'incapacity_closed');
    expect((await journalEntriesOf(t.db, affiliateId)).map((entry) => entry.kind)).toEqual([
      'incapacity.declared',
      'incapacity.closed',
    ]);
    // once closed, a new one may be declared
    expect((await declare(hr, { affiliateId, firstDay: today, cause: 'illness' })).statusCode).toBe(201);
  });

  it("answers 404 for an unknown incapacity or another employer's", async () => {
    expectError(await close(hr, '00000000-0000-4000-8000-000000000000', { endDate: today }), 404);
    const other = `/api/employers/${world.employerId.peeters}/incapacities`;
    expectError(await hr.get(other), 404);
  });
});

describe('who may declare and close', () => {
  it('a read-only profile and an account manager see the list but may not declare or close (403)', async () => {
    const affiliateId = take();
    const { id } = (await declare(hr, { affiliateId, firstDay: today, cause: 'illness' })).json<Incapacity>();
    for (const email of ['viewer@demo.groupdesk.be', 'am@insurer.groupdesk.be']) {
      const as = client(t.app, await login(t.app, email));
      const listed = await as.get(url);
      expect(listed.statusCode).toBe(200);
      expect(listed.json<IncapacityListResponse>().items.map((item) => item.id)).toContain(id);
      expectError(
        await declare(as, { affiliateId: take(), firstDay: today, cause: 'illness' }),
        403,
        'forbidden',
      );
      expectError(await close(as, id, { endDate: today }), 403, 'forbidden');
    }
    expectError(await client(t.app).get(url), 401);
  });
});

// "a 30-day personal risk period [...] 60, 90, 180 or even 365 days": the database keeps no other
describe('the personal risk period of a contract', () => {
  it.each([0, 45, 366])('is refused by the database at %i days', async (days) => {
    const contractId = world.contractId['530/00412']!;
    await expect(
      t.db
        .update(groupContracts)
        .set({ personalRiskPeriodDays: days })
        .where(eq(groupContracts.id, contractId)),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ constraint: 'group_contracts_personal_risk_period' }),
    });
  });
});
