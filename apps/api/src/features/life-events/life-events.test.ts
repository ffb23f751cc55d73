import type { AffiliateDetail, AffiliateEvent, AffiliateEventList } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { addDays, addMonths } from '@groupdesk/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoWorld,
  belgianDay,
  journalEntriesOf,
  loadDemoWorld,
  singleActiveAffiliations,
} from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, affiliateContracts } = schema;

let t: TestApp;
let world: DemoWorld;
let hr: ReturnType<typeof client>;
let base: string;
/** Van Damme affiliates in service with one active contract that pays a premium: each test takes its own */
const pool: Array<{ id: string; contractId: string; premium: number }> = [];
const take = () => {
  const next = pool.shift();
  if (!next) throw new Error('no more affiliates in the seed');
  return next;
};

const today = belgianDay();
const firstOfThisMonth = `${today.slice(0, 8)}01`;
const record = (as: ReturnType<typeof client>, affiliateId: string, body: unknown) =>
  as.send({ method: 'POST', url: `${base}/${affiliateId}/events`, payload: body as object });
const detailOf = async (affiliateId: string) =>
  (await hr.get(`${base}/${affiliateId}`)).json<AffiliateDetail>();
const historyOf = async (affiliateId: string) =>
  (await hr.get(`${base}/${affiliateId}/events`)).json<AffiliateEventList>().items;

beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
  world = await loadDemoWorld(t.db);
  base = `/api/employers/${world.employerId.vanDamme}/affiliates`;
  hr = client(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
  pool.push(...(await singleActiveAffiliations(t.db, world.employerId.vanDamme)));
  // a known starting point: the seed asked none of these
  await t.db
    .update(affiliates)
    .set({ occupancyRate: 100, familySituation: 'single', category: 'employees' })
    .where(eq(affiliates.employerId, world.employerId.vanDamme));
});
afterAll(async () => t?.close());

describe('POST …/affiliates/:affiliateId/events: changes on the mutation date', () => {
  it.each([
    ['occupancy-rate', { occupancyRate: 80 }, 'occupancyRate', 100, 80],
    ['family-situation', { familySituation: 'married' }, 'familySituation', 'single', 'married'],
    ['category', { category: 'executives' }, 'category', 'employees', 'executives'],
  ] as const)(
    '%s: the new value, the mutation date, the history and the journal',
    async (kind, value, field, was, is) => {
      const { id } = take();
      const response = await record(hr, id, { kind, eventDate: '2026-03-15', ...value });
      expect(response.statusCode, response.body).toBe(201);
      const event = response.json<AffiliateEvent>();
      expect(event).toMatchObject({
        kind,
        eventDate: '2026-03-15',
        mutationDate: '2026-04-01',
        before: { [field]: was },
        after: { [field]: is },
        recordedBy: 'Hugo Renard',
      });
      expect((await detailOf(id))[field]).toBe(is);
      expect(await historyOf(id)).toEqual([event]);
      expect(await journalEntriesOf(t.db, id)).toEqual([
        expect.objectContaining({
          kind: `affiliate.${kind}`,
          before: { [field]: was },
          after: { [field]: is, eventDate: '2026-03-15', mutationDate: '2026-04-01' },
        }),
      ]);
    },
  );

  it('takes the first of the month itself as its own mutation date', async () => {
    const { id } = take();
    const event = (
      await record(hr, id, { kind: 'occupancy-rate', eventDate: '2026-05-01', occupancyRate: 50 })
    ).json<AffiliateEvent>();
    expect(event.mutationDate).toBe('2026-05-01');
  });

  it('refuses a change that changes nothing, with the field named', async () => {
    const { id } = take();
    const error = expectError(
      await record(hr, id, { kind: 'occupancy-rate', eventDate: today, occupancyRate: 100 }),
      400,
    );
    expect(error.details).toEqual([
      expect.objectContaining({ path: 'occupancyRate', code: 'affiliateEvent.unchanged' }),
    ]);
    expect(await historyOf(id)).toEqual([]);
  });

  it('refuses an event dated before the affiliation', async () => {
    const { id } = take();
    const [link] = await t.db
      .select({ affiliationDate: affiliateContracts.affiliationDate })
      .from(affiliateContracts)
      .where(eq(affiliateContracts.affiliateId, id));
    const error = expectError(
      await record(hr, id, {
        kind: 'category',
        eventDate: addDays(link!.affiliationDate, -1),
        category: 'workers',
      }),
      400,
    );
    expect(error.details).toEqual([
      expect.objectContaining({ path: 'eventDate', code: 'date.beforeAffiliation' }),
    ]);
  });

  it('answers 400 with a detail per wrong field', async () => {
    const { id } = take();
    const cases: Array<[unknown, Record<string, string>]> = [
      [
        { kind: 'occupancy-rate', eventDate: '2026-02-30', occupancyRate: 120 },
        { eventDate: 'invalid_value', occupancyRate: 'too_big' },
      ],
      [{ kind: 'family-situation', eventDate: today }, { familySituation: 'required' }],
      [{ kind: 'suspension', eventDate: today, reason: 'holiday' }, { reason: 'invalid_value' }],
      [
        { kind: 'occupancy-rate', occupancyRate: 80, extra: 1 },
        { eventDate: 'required', extra: 'unknown_field' },
      ],
    ];
    for (const [body, expected] of cases) {
      const error = expectError(await record(hr, id, body), 400, 'validation_failed');
      expect(Object.fromEntries(error.details!.map((detail) => [detail.path, detail.code]))).toEqual(
        expected,
      );
    }
    expectError(await record(hr, id, { kind: 'promotion', eventDate: today }), 400, 'validation_failed');
  });
});

describe('a suspension of the employment contract', () => {
  it('removes the premium from its mutation date, and the return to work brings it back from its own', async () => {
    const { id, premium } = take();
    // mutation dates already reached: two months ago and this month
    const suspendedOn = addMonths(firstOfThisMonth, -2);
    const suspension = await record(hr, id, {
      kind: 'suspension',
      eventDate: addDays(suspendedOn, -10),
      reason: 'illness',
    });
    expect(suspension.statusCode, suspension.body).toBe(201);
    expect(suspension.json<AffiliateEvent>()).toMatchObject({
      mutationDate: suspendedOn,
      after: { reason: 'illness' },
    });
    let contract = (await detailOf(id)).contracts[0]!;
    expect(contract.annualPremium).toBeNull();
    expect(contract.premiumSuspension).toEqual({ from: suspendedOn, until: null });

    expectError(
      await record(hr, id, { kind: 'suspension', eventDate: today, reason: 'career-break' }),
      409,
      'already_suspended',
    );
    const beforeStart = expectError(
      await record(hr, id, { kind: 'suspension-end', eventDate: addDays(suspendedOn, -11) }),
      400,
    );
    expect(beforeStart.details).toEqual([
      expect.objectContaining({ path: 'eventDate', code: 'date.beforeSuspension' }),
    ]);

    const back = await record(hr, id, { kind: 'suspension-end', eventDate: firstOfThisMonth });
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json<AffiliateEvent>()).toMatchObject({
      mutationDate: firstOfThisMonth,
      before: { reason: 'illness' },
    });
    contract = (await detailOf(id)).contracts[0]!;
    expect(contract.annualPremium).toBe(premium);
    expect(contract.premiumSuspension).toEqual({ from: suspendedOn, until: firstOfThisMonth });
    expect((await historyOf(id)).map((event) => event.kind)).toEqual(['suspension-end', 'suspension']);
    expect((await journalEntriesOf(t.db, id)).map((entry) => entry.kind)).toEqual([
      'affiliate.suspension',
      'affiliate.suspension-end',
    ]);
  });

  it('keeps the premium until a mutation date still ahead', async () => {
    const { id, premium } = take();
    const nextMonth = addMonths(firstOfThisMonth, 1);
    await record(hr, id, { kind: 'suspension', eventDate: nextMonth, reason: 'career-break' });
    const contract = (await detailOf(id)).contracts[0]!;
    expect(contract.annualPremium).toBe(premium);
    expect(contract.premiumSuspension).toEqual({ from: nextMonth, until: null });
  });

  it('cannot end when none is open', async () => {
    const { id } = take();
    expectError(await record(hr, id, { kind: 'suspension-end', eventDate: today }), 409, 'not_suspended');
  });
});

describe('new guarantees that come with a change', () => {
  /** An affiliate whose contract insures 100,000 EUR on death and on retirement, nothing reserved yet. */
  async function insured() {
    const picked = take();
    await t.db
      .update(affiliateContracts)
      .set({
        reserves: 0,
        guarantees: {
          retirementCapital: 100_000,
          deathCapital: 100_000,
          disabilityAnnuity: 10_000,
          premiumWaiver: true,
        },
      })
      .where(eq(affiliateContracts.affiliateId, picked.id));
    return picked;
  }

  it('asks the formality of an increase (20 % or more at once) and puts the acceptance back to pending', async () => {
    const { id, contractId } = await insured();
    const response = await record(hr, id, {
      kind: 'family-situation',
      eventDate: today,
      familySituation: 'married',
      // capital at risk 500,000 > 150 % of the life capital; the contract's N is in the 11–99 band
      guarantees: [{ contractId, deathCapital: 500_000 }],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<AffiliateEvent>()).toMatchObject({
      before: { guarantees: [expect.objectContaining({ deathCapital: 100_000, disabilityAnnuity: 10_000 })] },
      after: {
        familySituation: 'married',
        guarantees: [
          expect.objectContaining({
            contractId,
            deathCapital: 500_000,
            disabilityAnnuity: 10_000,
            medicalFormality: 'questionnaire',
          }),
        ],
      },
    });
    const contract = (await detailOf(id)).contracts[0]!;
    expect(contract.guarantees).toMatchObject({ deathCapital: 500_000, retirementCapital: 100_000 });
    expect(contract.medicalAcceptance).toEqual({
      state: 'pending',
      formality: 'questionnaire',
      table: 'organizer',
    });
  });

  it('asks nothing for a rise under 20 %', async () => {
    const { id, contractId } = await insured();
    const event = (
      await record(hr, id, {
        kind: 'category',
        eventDate: today,
        category: 'executives',
        guarantees: [{ contractId, deathCapital: 119_000 }],
      })
    ).json<AffiliateEvent>();
    expect(event.after.guarantees?.[0]?.medicalFormality).toBe('none');
    expect((await detailOf(id)).contracts[0]!.medicalAcceptance).toBeNull();
  });

  it('never asks one for a change of occupancy rate, whatever the rise', async () => {
    const { id, contractId } = await insured();
    const event = (
      await record(hr, id, {
        kind: 'occupancy-rate',
        eventDate: today,
        occupancyRate: 60,
        guarantees: [{ contractId, deathCapital: 2_500_000, disabilityAnnuity: 150_000 }],
      })
    ).json<AffiliateEvent>();
    expect(event.after.guarantees?.[0]).toMatchObject({ deathCapital: 2_500_000, medicalFormality: 'none' });
  });

  it('refuses guarantees on a contract the affiliate does not have, and changes nothing', async () => {
    const { id } = await insured();
    const error = expectError(
      await record(hr, id, {
        kind: 'family-situation',
        eventDate: today,
        familySituation: 'married',
        guarantees: [{ contractId: world.contractId['530/02250']!, deathCapital: 1 }],
      }),
      400,
    );
    expect(error.details).toEqual([
      expect.objectContaining({ path: 'guarantees.0.contractId', code: 'contract.unknown' }),
    ]);
    expect((await detailOf(id)).familySituation).toBe('single');
  });
});

describe('who may record changes', () => {
  it('refuses a read-only profile and an account manager (403); both read the history', async () => {
    const { id } = take();
    for (const email of ['viewer@demo.groupdesk.be', 'am@insurer.groupdesk.be']) {
      const as = client(t.app, await login(t.app, email));
      expectError(
        await record(as, id, { kind: 'occupancy-rate', eventDate: today, occupancyRate: 50 }),
        403,
        'forbidden',
      );
      expect((await as.get(`${base}/${id}/events`)).statusCode).toBe(200);
    }
    // an account manager's look at the history is journaled
    expect((await journalEntriesOf(t.db, id)).map((entry) => entry.kind)).toEqual([
      'affiliate.events-viewed',
    ]);
  });

  it("answers 404 for another employer's affiliate", async () => {
    const [foreign] = await t.db
      .select({ id: affiliates.id })
      .from(affiliates)
      .where(eq(affiliates.employerId, world.employerId.peeters))
      .limit(1);
    expectError(
      await record(hr, foreign!.id, { kind: 'occupancy-rate', eventDate: today, occupancyRate: 50 }),
      404,
    );
    expectError(await hr.get(`${base}/${foreign!.id}/events`), 404);
  });
});
