import type { AffiliateDetail, AffiliateEventList, AffiliationBody } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { makeNationalNumber } from '@groupdesk/domain';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createUser, journalEntriesOf, loadDemoWorld } from '../../../test/fixtures';
import type { DemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, affiliateContracts, emailOutbox } = schema;

let t: TestApp;
let world: DemoWorld;
let hr: ReturnType<typeof client>;
let url: string;

/** A number nobody holds, for a man born on 12 March 1990 (odd sequence) or a woman (even). */
let sequence = 700;
async function freeNumber(sex: 'M' | 'F', birthDate = '1990-03-12', kind: 'national' | 'bis' = 'national') {
  for (;;) {
    sequence += 1;
    if ((sequence % 2 === 1) !== (sex === 'M')) continue;
    const number = makeNationalNumber({ birthDate, sequence, kind });
    const [holder] = await t.db.select().from(affiliates).where(eq(affiliates.nationalNumber, number));
    if (!holder) return number;
  }
}

async function newcomer(overrides: Partial<AffiliationBody> = {}): Promise<AffiliationBody> {
  return {
    lastName: 'Lambert',
    firstName: 'Julie',
    birthDate: '1990-03-12',
    sex: 'F',
    language: 'fr',
    nationalNumber: await freeNumber('F'),
    professionalEmail: null,
    category: 'employees',
    occupancyRate: 80,
    familySituation: 'legal-cohabitant',
    startDate: '2026-09-01',
    contracts: [
      { contractId: world.contractId['530/00412']!, deathCapital: 50_000, disabilityAnnuity: 6_000 },
    ],
    ...overrides,
  };
}

const affiliate = (as: ReturnType<typeof client>, body: unknown) =>
  as.send({ method: 'POST', url, payload: body as object });

/** "N": active affiliations on the contract; the newcomer makes it one more. */
async function participantsAfterJoining(contractNumber: string) {
  const [row] = await t.db
    .select({ n: count() })
    .from(affiliateContracts)
    .where(
      and(
        eq(affiliateContracts.contractId, world.contractId[contractNumber]!),
        eq(affiliateContracts.status, 'active'),
      ),
    );
  return row!.n + 1;
}

beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
  world = await loadDemoWorld(t.db);
  url = `/api/employers/${world.employerId.vanDamme}/affiliates`;
  hr = client(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
});
afterAll(async () => t?.close());

describe('POST …/affiliates: a new affiliation', () => {
  it('creates the affiliate with number, contract and guarantees; history, journal and e-mail follow', async () => {
    const body = await newcomer({ professionalEmail: ' Julie.Lambert@VanDamme.be ' });
    const response = await affiliate(hr, body);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<AffiliateDetail>();
    expect(created).toMatchObject({
      lastName: 'Lambert',
      firstName: 'Julie',
      birthDate: '1990-03-12',
      sex: 'F',
      nationalNumber: body.nationalNumber,
      nationalNumberKind: 'national',
      professionalEmail: 'julie.lambert@vandamme.be',
      employmentStatus: 'in-service',
      category: 'employees',
      occupancyRate: 80,
      familySituation: 'legal-cohabitant',
    });
    expect(created.contracts).toEqual([
      expect.objectContaining({
        number: '530/00412',
        status: 'active',
        affiliationDate: '2026-09-01',
        annualPremium: null,
        guarantees: {
          retirementCapital: 0,
          deathCapital: 50_000,
          disabilityAnnuity: 6_000,
          premiumWaiver: true,
        },
        // within the Free Cover Limit of every band
        medicalAcceptance: { state: 'not-required', formality: 'none', table: 'organizer' },
        premiumSuspension: null,
      }),
    ]);
    expect(created.nationalNumberHistory).toEqual([
      expect.objectContaining({ change: 'added', previousNumber: null, newNumber: body.nationalNumber }),
    ]);

    const history = (await hr.get(`${url}/${created.id}/events`)).json<AffiliateEventList>();
    expect(history.items).toEqual([
      expect.objectContaining({
        kind: 'affiliation',
        eventDate: '2026-09-01',
        mutationDate: null,
        recordedBy: 'Hugo Renard',
        after: expect.objectContaining({ category: 'employees', occupancyRate: 80 }),
      }),
    ]);
    const journal = await journalEntriesOf(t.db, created.id);
    expect(journal).toEqual([
      expect.objectContaining({
        kind: 'affiliate.affiliated',
        after: expect.objectContaining({ nationalNumber: body.nationalNumber, startDate: '2026-09-01' }),
      }),
    ]);
    // seed 000, question 13: the address given at affiliation is confirmed, the invitation follows
    const emails = await t.db.select().from(emailOutbox).where(eq(emailOutbox.affiliateId, created.id));
    expect(emails.map((email) => `${email.kind} ${email.recipient}`).sort()).toEqual([
      'confirmation julie.lambert@vandamme.be',
      'invitation julie.lambert@vandamme.be',
    ]);
  });

  it("asks both capitals under the organizer's death table from N = 10, then applies the 150 % rule", async () => {
    const participants = await participantsAfterJoining('530/00412');
    // the amounts below are in the 11–99 band of the seed's contract
    expect(participants).toBeGreaterThanOrEqual(11);
    expect(participants).toBeLessThanOrEqual(99);
    const contract = {
      contractId: world.contractId['530/00412']!,
      deathCapital: 500_000,
      disabilityAnnuity: 0,
    };

    const missing = expectError(await affiliate(hr, await newcomer({ contracts: [contract] })), 400);
    expect(missing.details).toEqual([
      expect.objectContaining({
        path: 'contracts.0.capitalAtRisk',
        code: 'medicalAcceptance.capitalsRequired',
      }),
      expect.objectContaining({
        path: 'contracts.0.lifeCapital',
        code: 'medicalAcceptance.capitalsRequired',
      }),
    ]);

    // capital at risk above 150 % of the life capital: 400,001–750,000 EUR calls for the questionnaire
    const asked = await affiliate(
      hr,
      await newcomer({ contracts: [{ ...contract, capitalAtRisk: 500_000, lifeCapital: 100_000 }] }),
    );
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json<AffiliateDetail>().contracts[0]!.medicalAcceptance).toEqual({
      state: 'pending',
      formality: 'questionnaire',
      table: 'organizer',
    });
    // exactly 150 %: the law allows no formality
    const lawful = await affiliate(
      hr,
      await newcomer({ contracts: [{ ...contract, capitalAtRisk: 150_000, lifeCapital: 100_000 }] }),
    );
    expect(lawful.json<AffiliateDetail>().contracts[0]!.medicalAcceptance?.formality).toBe('none');
  });

  it('keeps the capitals typed for the formality: a later increase is weighed against them', async () => {
    // accepted without formality: capital at risk 500,000 is not above 150 % of a life capital of 1,000,000
    const capitals = { capitalAtRisk: 500_000, lifeCapital: 1_000_000 };
    const contract = {
      contractId: world.contractId['530/00412']!,
      deathCapital: 500_000,
      disabilityAnnuity: 0,
    };
    const created = await affiliate(
      hr,
      await newcomer({ startDate: '2025-01-01', contracts: [{ ...contract, ...capitals }] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const { id, contracts } = created.json<AffiliateDetail>();
    expect(contracts[0]!.medicalAcceptance?.formality).toBe('none');
    expect(contracts[0]!.guarantees).toMatchObject({ retirementCapital: 1_000_000, capitalAtRisk: 500_000 });

    // +20 % at once on the capital at risk (500,000 → 600,000), still not above 150 % of 1,000,000: no formality
    const raised = await hr.send({
      method: 'POST',
      url: `${url}/${id}/events`,
      payload: {
        kind: 'family-situation',
        eventDate: '2025-06-10',
        familySituation: 'married',
        guarantees: [{ contractId: contract.contractId, deathCapital: 600_000 }],
      },
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const detail = (await hr.get(`${url}/${id}`)).json<AffiliateDetail>();
    expect(detail.contracts[0]!.guarantees).toMatchObject({ deathCapital: 600_000, capitalAtRisk: 600_000 });
    expect(detail.contracts[0]!.medicalAcceptance).toEqual({
      state: 'not-required',
      formality: 'none',
      table: 'organizer',
    });

    // a rise to 1,600,000 puts the capital at risk above 150 % of the same life capital: the formality of the
    // amount applies, above 1,500,000 for N 11–99 the cardiologist
    const further = await hr.send({
      method: 'POST',
      url: `${url}/${id}/events`,
      payload: {
        kind: 'category',
        eventDate: '2025-07-10',
        category: 'executives',
        guarantees: [{ contractId: contract.contractId, deathCapital: 1_600_000 }],
      },
    });
    expect(further.statusCode, further.body).toBe(201);
    const after = (await hr.get(`${url}/${id}`)).json<AffiliateDetail>();
    expect(after.contracts[0]!.medicalAcceptance).toEqual({
      state: 'pending',
      formality: 'cardiologist',
      table: 'organizer',
    });
  });

  it("uses the 'other' table only for another option in a cafeteria plan, and the stricter cover", async () => {
    const cafeteria = world.contractId['530/00413']!;
    const participants = await participantsAfterJoining('530/00413');
    expect(participants).toBeGreaterThanOrEqual(11);
    expect(participants).toBeLessThanOrEqual(99);
    // other table, 11–99: death above 100,000 is a questionnaire; disability above 75,000 the cardiologist
    const response = await affiliate(
      hr,
      await newcomer({
        contracts: [
          { contractId: cafeteria, otherOption: true, deathCapital: 150_000, disabilityAnnuity: 80_000 },
        ],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<AffiliateDetail>().contracts[0]!.medicalAcceptance).toEqual({
      state: 'pending',
      formality: 'cardiologist',
      table: 'other',
    });

    const classic = expectError(
      await affiliate(
        hr,
        await newcomer({
          contracts: [
            {
              contractId: world.contractId['530/00412']!,
              otherOption: true,
              deathCapital: 0,
              disabilityAnnuity: 20_000,
            },
          ],
        }),
      ),
      400,
    );
    expect(classic.details).toEqual([
      expect.objectContaining({ path: 'contracts.0.otherOption', code: 'affiliation.otherOptionClassic' }),
    ]);
  });

  it('refuses a number that disagrees with the birth date or sex, or that someone holds, like the form', async () => {
    const cases: Array<[Partial<AffiliationBody>, string]> = [
      [{ nationalNumber: await freeNumber('F', '1991-03-12') }, 'nationalNumber.birthDateMismatch'],
      [{ nationalNumber: await freeNumber('M') }, 'nationalNumber.sexMismatch'],
    ];
    const [vanDammeHolder] = await t.db
      .select({
        nationalNumber: affiliates.nationalNumber,
        birthDate: affiliates.birthDate,
        sex: affiliates.sex,
      })
      .from(affiliates)
      .where(
        and(
          eq(affiliates.employerId, world.employerId.vanDamme),
          eq(affiliates.nationalNumberKind, 'national'),
        ),
      )
      .limit(1);
    const [otherHolder] = await t.db
      .select({
        nationalNumber: affiliates.nationalNumber,
        birthDate: affiliates.birthDate,
        sex: affiliates.sex,
      })
      .from(affiliates)
      .where(
        and(
          eq(affiliates.employerId, world.employerId.peeters),
          eq(affiliates.nationalNumberKind, 'national'),
        ),
      )
      .limit(1);
    for (const [holder, code] of [
      [vanDammeHolder!, 'nationalNumber.taken'],
      [otherHolder!, 'nationalNumber.takenElsewhere'],
    ] as const) {
      cases.push([
        { nationalNumber: holder.nationalNumber!, birthDate: holder.birthDate!, sex: holder.sex! },
        code,
      ]);
    }
    const [before] = await t.db.select({ n: count() }).from(affiliates);
    for (const [overrides, code] of cases) {
      const error = expectError(await affiliate(hr, await newcomer(overrides)), 409, 'conflict');
      expect(error.details).toEqual([expect.objectContaining({ path: 'nationalNumber', code })]);
    }
    // the person inserted before the number was checked went with the rolled-back transaction
    const [after] = await t.db.select({ n: count() }).from(affiliates);
    expect(after!.n).toBe(before!.n);
  });

  it('answers 400 with a detail per wrong field, and stores nothing', async () => {
    const [before] = await t.db.select({ n: count() }).from(affiliates);
    const error = expectError(
      await affiliate(hr, {
        ...(await newcomer()),
        lastName: '',
        nationalNumber: '12345',
        occupancyRate: 120,
        familySituation: 'complicated',
        category: undefined,
        contracts: [],
      }),
      400,
      'validation_failed',
    );
    expect(Object.fromEntries(error.details!.map((detail) => [detail.path, detail.code]))).toEqual({
      lastName: 'required',
      nationalNumber: 'nationalNumber.format',
      occupancyRate: 'too_big',
      familySituation: 'invalid_value',
      category: 'required',
      contracts: 'required',
    });
    // checks across fields run once every field is right
    const early = expectError(await affiliate(hr, await newcomer({ startDate: '1990-03-12' })), 400);
    expect(early.details).toEqual([
      expect.objectContaining({ path: 'startDate', code: 'affiliation.startBeforeBirth' }),
    ]);
    const contractId = world.contractId['530/00412']!;
    const atRiskAbove = expectError(
      await affiliate(
        hr,
        await newcomer({
          contracts: [
            {
              contractId,
              deathCapital: 500_000,
              disabilityAnnuity: 0,
              capitalAtRisk: 500_001,
              lifeCapital: 0,
            },
          ],
        }),
      ),
      400,
    );
    expect(atRiskAbove.details).toEqual([
      expect.objectContaining({
        path: 'contracts.0.capitalAtRisk',
        code: 'medicalAcceptance.capitalAtRiskAboveAmount',
      }),
    ]);
    const [after] = await t.db.select({ n: count() }).from(affiliates);
    expect(after!.n).toBe(before!.n);
  });

  it("refuses another employer's contract, and a contract outside the user's scope", async () => {
    const foreign = expectError(
      await affiliate(
        hr,
        await newcomer({
          contracts: [{ contractId: world.contractId['530/02250']!, deathCapital: 0, disabilityAnnuity: 0 }],
        }),
      ),
      400,
    );
    expect(foreign.details).toEqual([
      expect.objectContaining({ path: 'contracts.0.contractId', code: 'contract.unknown' }),
    ]);

    await createUser(t.db, {
      email: 'one-contract@vandamme.be',
      memberships: [{ employerId: world.employerId.vanDamme, contractIds: [world.contractId['530/00413']!] }],
    });
    const limited = client(t.app, await login(t.app, 'one-contract@vandamme.be', TEST_PASSWORD));
    const outside = expectError(await affiliate(limited, await newcomer()), 400);
    expect(outside.details).toEqual([
      expect.objectContaining({ path: 'contracts.0.contractId', code: 'contract.unknown' }),
    ]);
  });

  it('is refused to a read-only profile (403) and to an account manager', async () => {
    for (const email of ['viewer@demo.groupdesk.be', 'am@insurer.groupdesk.be']) {
      const as = client(t.app, await login(t.app, email));
      expectError(await affiliate(as, await newcomer()), 403, 'forbidden');
    }
    expectError(await affiliate(client(t.app), await newcomer()), 401);
  });
});
