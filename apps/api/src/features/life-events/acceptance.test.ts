import type { AffiliateDetail, AffiliationBody } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { makeNationalNumber } from '@groupdesk/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, belgianDay, journalEntriesOf, loadDemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates } = schema;

let t: TestApp;
let world: DemoWorld;
let hr: ReturnType<typeof client>;
let viewer: ReturnType<typeof client>;
let base: string;

/** A number nobody holds, for a woman born on 12 March 1990. */
let sequence = 900;
async function freeNumber() {
  for (;;) {
    sequence += 2;
    const number = makeNationalNumber({ birthDate: '1990-03-12', sequence });
    const [holder] = await t.db.select().from(affiliates).where(eq(affiliates.nationalNumber, number));
    if (!holder) return number;
  }
}

/**
 * A newcomer on 530/00412 (N 11–99) whose guarantees ask the questionnaire: 500,000 on death with the
 * capital at risk above 150 % of the life capital (limit 400,000), 30,000 a year on disability (limit 18,000).
 */
async function pendingNewcomer() {
  const body: AffiliationBody = {
    lastName: 'Peeters',
    firstName: 'Anna',
    birthDate: '1990-03-12',
    sex: 'F',
    language: 'nl',
    nationalNumber: await freeNumber(),
    category: 'employees',
    occupancyRate: 100,
    familySituation: 'single',
    startDate: belgianDay(-30),
    contracts: [
      {
        contractId: world.contractId['530/00412']!,
        deathCapital: 500_000,
        disabilityAnnuity: 30_000,
        capitalAtRisk: 500_000,
        lifeCapital: 100_000,
      },
    ],
  };
  const response = await hr.send({ method: 'POST', url: base, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  const created = response.json<AffiliateDetail>();
  expect(created.contracts[0]!.medicalAcceptance).toMatchObject({
    state: 'pending',
    formality: 'questionnaire',
  });
  return { affiliateId: created.id, affiliationId: created.contracts[0]!.id };
}

const decide = (
  as: ReturnType<typeof client>,
  { affiliateId, affiliationId }: { affiliateId: string; affiliationId: string },
  payload: unknown,
) =>
  as.send({
    method: 'POST',
    url: `${base}/${affiliateId}/acceptances/${affiliationId}/decision`,
    payload: payload as object,
  });

beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
  world = await loadDemoWorld(t.db);
  base = `/api/employers/${world.employerId.vanDamme}/affiliates`;
  hr = client(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
  viewer = client(t.app, await login(t.app, 'viewer@demo.groupdesk.be'));
});
afterAll(async () => t?.close());

describe('POST …/acceptances/:affiliationId/decision: the insurer answered', () => {
  it('accepted: the guarantees stand, the acceptance is no longer pending, the journal says when', async () => {
    const ids = await pendingNewcomer();
    const decidedOn = belgianDay(-1);
    const response = await decide(hr, ids, { decision: 'accepted', decidedOn });
    expect(response.statusCode, response.body).toBe(200);
    const contract = response.json<AffiliateDetail>().contracts[0]!;
    expect(contract.medicalAcceptance).toEqual({
      state: 'accepted',
      formality: 'questionnaire',
      table: 'organizer',
    });
    expect(contract.guarantees).toMatchObject({ deathCapital: 500_000, disabilityAnnuity: 30_000 });
    expect((await journalEntriesOf(t.db, ids.affiliateId)).at(-1)).toMatchObject({
      kind: 'affiliate.acceptance-decided',
      actorKind: 'user',
      before: { contract: '530/00412', medicalAcceptance: 'pending' },
      after: { contract: '530/00412', medicalAcceptance: 'accepted', decidedOn, deathCapital: 500_000 },
    });
    // decided once
    expectError(await decide(hr, ids, { decision: 'refused', decidedOn }), 409, 'acceptance_not_pending');
  });

  // "l'affilié bénéficiera cependant des couvertures prévues dans le cadre de la Free Cover Limit"
  it('refused: each cover is kept up to its Free Cover Limit', async () => {
    const ids = await pendingNewcomer();
    const response = await decide(hr, ids, { decision: 'refused', decidedOn: belgianDay() });
    expect(response.statusCode, response.body).toBe(200);
    const contract = response.json<AffiliateDetail>().contracts[0]!;
    expect(contract.medicalAcceptance?.state).toBe('refused');
    expect(contract.guarantees).toMatchObject({
      deathCapital: 400_000,
      disabilityAnnuity: 18_000,
      capitalAtRisk: 400_000,
      retirementCapital: 100_000,
    });
    expect((await journalEntriesOf(t.db, ids.affiliateId)).at(-1)).toMatchObject({
      kind: 'affiliate.acceptance-decided',
      before: { deathCapital: 500_000, disabilityAnnuity: 30_000 },
      after: { medicalAcceptance: 'refused', deathCapital: 400_000, disabilityAnnuity: 18_000 },
    });
  });

  it('refuses a day ahead, an unknown decision, and changes nothing', async () => {
    const ids = await pendingNewcomer();
    for (const [payload, path, code] of [
      [{ decision: 'accepted', decidedOn: belgianDay(1) }, 'decidedOn', 'date.future'],
      [{ decision: 'maybe', decidedOn: belgianDay() }, 'decision', 'invalid_value'],
      [{ decidedOn: belgianDay() }, 'decision', 'required'],
    ] as const) {
      const error = expectError(await decide(hr, ids, payload), 400, 'validation_failed');
      expect(error.details).toEqual([expect.objectContaining({ path, code })]);
    }
    const detail = (await hr.get(`${base}/${ids.affiliateId}`)).json<AffiliateDetail>();
    expect(detail.contracts[0]!.medicalAcceptance?.state).toBe('pending');
  });

  it('is refused to a read-only profile (403); an unknown affiliation is 404', async () => {
    const ids = await pendingNewcomer();
    expectError(await decide(viewer, ids, { decision: 'accepted', decidedOn: belgianDay() }), 403);
    const unknown = { ...ids, affiliationId: '00000000-0000-4000-8000-000000000000' };
    expectError(await decide(hr, unknown, { decision: 'accepted', decidedOn: belgianDay() }), 404);
  });
});
