import type { AffiliateDetail, AffiliateEvent, AffiliateEventList } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { eq, sql } from 'drizzle-orm';
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
import { applyDueChanges } from './changes-due';

const { affiliates, affiliateContracts } = schema;

let t: TestApp;
let world: DemoWorld;
let hr: ReturnType<typeof client>;
let base: string;
/** Van Damme affiliates in service with one active contract and no history: each test takes its own */
const pool: Array<{ id: string; contractId: string }> = [];

/** One of the pool at 100 %, single, employee, insured for 100,000 on death and on retirement. */
async function take() {
  const next = pool.shift();
  if (!next) throw new Error('no more affiliates in the seed');
  await t.db
    .update(affiliates)
    .set({ occupancyRate: 100, familySituation: 'single', category: 'employees' })
    .where(eq(affiliates.id, next.id));
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
      medicalFormality: null,
      medicalAcceptance: null,
    })
    .where(eq(affiliateContracts.affiliateId, next.id));
  return next;
}

const ahead = belgianDay(40);
const record = (affiliateId: string, body: unknown) =>
  hr.send({ method: 'POST', url: `${base}/${affiliateId}/events`, payload: body as object });
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
});
afterAll(async () => t?.close());

describe('a change dated ahead', () => {
  it('is recorded at once but written to the affiliate and the guarantees on its day, by the job', async () => {
    const { id, contractId } = await take();
    const response = await record(id, {
      kind: 'occupancy-rate',
      eventDate: ahead,
      occupancyRate: 80,
      guarantees: [{ contractId, deathCapital: 90_000 }],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<AffiliateEvent>()).toMatchObject({
      pending: true,
      before: { occupancyRate: 100 },
      after: { occupancyRate: 80, guarantees: [expect.objectContaining({ deathCapital: 90_000 })] },
    });
    // nothing written before the day
    expect(await applyDueChanges(t.db, belgianDay(39))).toBe(0);
    let detail = await detailOf(id);
    expect(detail.occupancyRate).toBe(100);
    expect(detail.contracts[0]!.guarantees.deathCapital).toBe(100_000);

    expect(await applyDueChanges(t.db, ahead)).toBe(1);
    detail = await detailOf(id);
    expect(detail.occupancyRate).toBe(80);
    expect(detail.contracts[0]!.guarantees).toMatchObject({
      deathCapital: 90_000,
      disabilityAnnuity: 10_000,
    });
    expect(await historyOf(id)).toEqual([
      expect.objectContaining({ kind: 'occupancy-rate', eventDate: ahead, pending: false }),
    ]);
    expect(await journalEntriesOf(t.db, id)).toEqual([
      expect.objectContaining({ kind: 'affiliate.occupancy-rate', actorKind: 'user' }),
      expect.objectContaining({
        kind: 'affiliate.change-effective',
        actorKind: 'system',
        before: { occupancyRate: 100 },
        after: expect.objectContaining({ kind: 'occupancy-rate', occupancyRate: 80, eventDate: ahead }),
      }),
    ]);
    // once written, the job has nothing left to do
    expect(await applyDueChanges(t.db, ahead)).toBe(0);
  });

  it('writes only the covers that were typed, against the guarantees in force on its day', async () => {
    const { id, contractId } = await take();
    const recorded = await record(id, {
      kind: 'category',
      eventDate: ahead,
      category: 'executives',
      // +400 % at once, capital at risk far above 150 % of the life capital: a formality on its day
      guarantees: [{ contractId, deathCapital: 500_000 }],
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    // the insurer changes the annuity in between: the change leaves it alone
    await t.db
      .update(affiliateContracts)
      .set({ guarantees: sql`${affiliateContracts.guarantees} || '{"disabilityAnnuity": 12000}'::jsonb` })
      .where(eq(affiliateContracts.affiliateId, id));
    expect((await detailOf(id)).contracts[0]!.medicalAcceptance).toBeNull();

    await applyDueChanges(t.db, ahead);
    const detail = await detailOf(id);
    expect(detail.category).toBe('executives');
    expect(detail.contracts[0]!.guarantees).toMatchObject({
      deathCapital: 500_000,
      disabilityAnnuity: 12_000,
    });
    expect(detail.contracts[0]!.medicalAcceptance).toEqual({
      state: 'pending',
      formality: 'questionnaire',
      table: 'organizer',
    });
  });

  it('waits for one change of a kind to take effect before the next of that kind', async () => {
    const { id } = await take();
    const first = await record(id, {
      kind: 'family-situation',
      eventDate: ahead,
      familySituation: 'married',
    });
    expect(first.statusCode, first.body).toBe(201);
    expectError(
      await record(id, {
        kind: 'family-situation',
        eventDate: belgianDay(),
        familySituation: 'legal-cohabitant',
      }),
      409,
      'change_pending',
    );
    // another kind is free
    const other = await record(id, { kind: 'category', eventDate: belgianDay(), category: 'workers' });
    expect(other.statusCode, other.body).toBe(201);
    expect((await detailOf(id)).category).toBe('workers');
  });

  it('refuses an occupancy rate with more than two decimals, as the column keeps two', async () => {
    const { id } = await take();
    const error = expectError(
      await record(id, { kind: 'occupancy-rate', eventDate: belgianDay(), occupancyRate: 80.555 }),
      400,
      'validation_failed',
    );
    expect(error.details).toEqual([
      expect.objectContaining({ path: 'occupancyRate', code: 'occupancyRate.twoDecimals' }),
    ]);
    const kept = await record(id, { kind: 'occupancy-rate', eventDate: belgianDay(), occupancyRate: 80.55 });
    expect(kept.statusCode, kept.body).toBe(201);
    expect((await detailOf(id)).occupancyRate).toBe(80.55);
  });

  it('is withdrawn by an exit recorded for an earlier day, and journaled with the exit', async () => {
    const { id } = await take();
    const later = await record(id, { kind: 'occupancy-rate', eventDate: ahead, occupancyRate: 50 });
    expect(later.statusCode, later.body).toBe(201);
    const sooner = await record(id, { kind: 'category', eventDate: belgianDay(5), category: 'executives' });
    expect(sooner.statusCode, sooner.body).toBe(201);

    const exit = await hr.send({
      method: 'POST',
      url: `${base}/${id}/exit`,
      payload: { exitDate: belgianDay(20) },
    });
    expect(exit.statusCode, exit.body).toBe(201);
    // the change of the 5th stays: the affiliate still works there that day
    expect((await historyOf(id)).map((event) => [event.kind, event.pending])).toEqual(
      expect.arrayContaining([
        ['category', true],
        ['exit', false],
      ]),
    );
    expect((await historyOf(id)).some((event) => event.kind === 'occupancy-rate')).toBe(false);
    const [exitEntry] = (await journalEntriesOf(t.db, id)).filter((entry) => entry.kind === 'affiliate.exit');
    expect(exitEntry?.after).toMatchObject({
      changesWithdrawn: [{ kind: 'occupancy-rate', eventDate: ahead }],
    });
    // its day comes and nothing is written to the affiliate who left; the change of the 5th is
    await applyDueChanges(t.db, ahead);
    expect(await detailOf(id)).toMatchObject({ occupancyRate: 100, category: 'executives' });
  });
});
