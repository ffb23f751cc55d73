import type {
  AffiliateDetail,
  AffiliateEvent,
  AffiliateEventList,
  GroupContract,
} from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { addDays } from '@groupdesk/domain';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, journalEntriesOf, loadDemoWorld, belgianDay } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';
import { queueAddressEmails } from '../emails/address-emails';
import { queueStatementNotices } from '../emails/statement-notices';
import { applyDueExits } from './exits-due';

const { affiliates, affiliateContracts, benefitStatements, emailOutbox } = schema;

let t: TestApp;
let world: DemoWorld;
let hr: ReturnType<typeof client>;
let base: string;
/** Van Damme affiliates in service with a statement: each test takes its own and gives them both addresses */
const pool: Array<{ id: string; statementId: string }> = [];
let taken = 0;
async function take() {
  const next = pool.shift();
  if (!next) throw new Error('no more affiliates in the seed');
  taken += 1;
  await t.db
    .update(affiliates)
    .set({
      professionalEmail: `work${taken}@vandamme.be`,
      privateEmail: `home${taken}@mail.be`,
      portalRegisteredAt: null,
    })
    .where(eq(affiliates.id, next.id));
  return { ...next, work: `work${taken}@vandamme.be`, home: `home${taken}@mail.be` };
}

/**
 * An affiliate of the pool with a national number held before today and two affiliations: the second is
 * made terminated (ended a month ago), as if that contract had ended before the exit.
 */
async function takeWithTwoContracts() {
  const [two] = await t.db
    .select({ id: affiliateContracts.affiliateId })
    .from(affiliateContracts)
    .innerJoin(affiliates, eq(affiliates.id, affiliateContracts.affiliateId))
    .where(
      and(
        eq(affiliates.employerId, world.employerId.vanDamme),
        eq(affiliates.employmentStatus, 'in-service'),
        isNotNull(affiliates.nationalNumber),
        isNotNull(affiliateContracts.annualPremium),
        eq(affiliateContracts.status, 'active'),
      ),
    )
    .groupBy(affiliateContracts.affiliateId)
    .having(eq(count(), 2))
    .orderBy(affiliateContracts.affiliateId)
    .limit(1);
  if (!two) throw new Error('no affiliate with two active affiliations in the seed');
  const index = pool.findIndex((candidate) => candidate.id === two.id);
  if (index >= 0) pool.splice(index, 1);
  const taken = { id: two.id };
  await t.db
    .update(affiliates)
    .set({ nationalNumberSince: addDays(today, -30) })
    .where(eq(affiliates.id, taken.id));
  const links = await t.db
    .select({ id: affiliateContracts.id, contractId: affiliateContracts.contractId })
    .from(affiliateContracts)
    .where(eq(affiliateContracts.affiliateId, taken.id))
    .orderBy(affiliateContracts.contractId);
  const [kept, ended] = links as [(typeof links)[0], (typeof links)[0]];
  await t.db
    .update(affiliateContracts)
    .set({ status: 'terminated', terminationDate: addDays(today, -30), reserves: 0, annualPremium: null })
    .where(eq(affiliateContracts.id, ended.id));
  return { id: taken.id, kept: kept.contractId, ended: ended.contractId };
}

const contractCounts = async () =>
  new Map(
    (await hr.get(`/api/employers/${world.employerId.vanDamme}/contracts`))
      .json<{ items: GroupContract[] }>()
      .items.map((contract) => [contract.id, contract.affiliateCounts]),
  );

/** What the affiliate page shows of each affiliation, by contract id. */
async function affiliationsOf(affiliateId: string) {
  const detail = (await hr.get(`${base}/${affiliateId}`)).json<AffiliateDetail>();
  return new Map(detail.contracts.map((contract) => [contract.contractId, contract]));
}

const today = belgianDay();
const exit = (as: ReturnType<typeof client>, affiliateId: string, body: unknown) =>
  as.send({ method: 'POST', url: `${base}/${affiliateId}/exit`, payload: body as object });
const emailsOf = (affiliateId: string, kind: string) =>
  t.db
    .select({ recipient: emailOutbox.recipient })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.affiliateId, affiliateId), eq(emailOutbox.kind, kind)))
    .then((rows) => rows.map((row) => row.recipient).sort());

beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
  world = await loadDemoWorld(t.db);
  base = `/api/employers/${world.employerId.vanDamme}/affiliates`;
  hr = client(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
  const rows = await t.db
    .selectDistinctOn([affiliates.id], { id: affiliates.id, statementId: benefitStatements.id })
    .from(affiliates)
    .innerJoin(benefitStatements, eq(benefitStatements.affiliateId, affiliates.id))
    .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
    .where(
      and(
        eq(affiliates.employerId, world.employerId.vanDamme),
        eq(affiliates.employmentStatus, 'in-service'),
        isNotNull(affiliateContracts.affiliationDate),
      ),
    )
    .orderBy(affiliates.id);
  pool.push(...rows);
});
afterAll(async () => t?.close());

describe('POST …/affiliates/:affiliateId/exit', () => {
  it('sets the affiliate as left on the exit date, in the history and the journal', async () => {
    const { id } = await take();
    const response = await exit(hr, id, { exitDate: '2026-10-31' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<AffiliateEvent>()).toMatchObject({
      kind: 'exit',
      eventDate: '2026-10-31',
      mutationDate: null,
      before: { employmentStatus: 'in-service' },
      after: { employmentStatus: 'left' },
    });
    const detail = (await hr.get(`${base}/${id}`)).json<AffiliateDetail>();
    expect(detail).toMatchObject({ employmentStatus: 'left', leftOn: '2026-10-31' });
    expect(
      (await hr.get(`${base}/${id}/events`)).json<AffiliateEventList>().items.map((event) => event.kind),
    ).toEqual(['exit']);
    expect(await journalEntriesOf(t.db, id)).toEqual([
      expect.objectContaining({
        kind: 'affiliate.exit',
        before: { employmentStatus: 'in-service', leftOn: null, contracts: expect.any(Array) },
        after: { employmentStatus: 'left', leftOn: '2026-10-31', contracts: expect.any(Array) },
      }),
    ]);

    expectError(await exit(hr, id, { exitDate: '2026-11-30' }), 409, 'affiliate_left');
    // no change after the exit date
    expectError(
      await hr.send({
        method: 'POST',
        url: `${base}/${id}/events`,
        payload: { kind: 'occupancy-rate', eventDate: '2026-11-02', occupancyRate: 50 },
      }),
      409,
      'affiliate_left',
    );
  });

  it('keeps an affiliate whose exit is ahead in service until the day, then the hourly job makes them left', async () => {
    const { id } = await take();
    const exitDate = addDays(today, 40);
    expect((await exit(hr, id, { exitDate })).statusCode).toBe(201);
    expect((await hr.get(`${base}/${id}`)).json<AffiliateDetail>()).toMatchObject({
      employmentStatus: 'in-service',
      leftOn: exitDate,
    });
    expect(await journalEntriesOf(t.db, id)).toEqual([
      expect.objectContaining({
        kind: 'affiliate.exit',
        after: { employmentStatus: 'in-service', leftOn: exitDate },
      }),
    ]);
    // recorded once, even ahead; a change dated after the exit is refused, one before it is not
    expectError(await exit(hr, id, { exitDate: addDays(today, 50) }), 409, 'affiliate_left');
    const change = (eventDate: string) =>
      hr.send({
        method: 'POST',
        url: `${base}/${id}/events`,
        payload: { kind: 'occupancy-rate', eventDate, occupancyRate: 80 },
      });
    expectError(await change(addDays(exitDate, 1)), 409, 'affiliate_left');
    expect((await change(today)).statusCode).toBe(201);

    expect(await applyDueExits(t.db, addDays(exitDate, -1))).toBe(0);
    expect((await hr.get(`${base}/${id}`)).json<AffiliateDetail>().employmentStatus).toBe('in-service');
    expect(await applyDueExits(t.db, exitDate)).toBeGreaterThanOrEqual(1);
    expect((await hr.get(`${base}/${id}`)).json<AffiliateDetail>().employmentStatus).toBe('left');
    expect((await journalEntriesOf(t.db, id)).at(-1)).toMatchObject({
      kind: 'affiliate.exit-effective',
      actorKind: 'system',
      actorUserId: null,
      before: { employmentStatus: 'in-service' },
      after: { employmentStatus: 'left', leftOn: exitDate },
    });
    expect(await applyDueExits(t.db, exitDate)).toBe(0);
  });

  it('makes every active affiliation passive without a premium on an exit dated today; a terminated one stays', async () => {
    const { id, kept, ended } = await takeWithTwoContracts();
    const countsBefore = await contractCounts();
    const before = await affiliationsOf(id);
    const premium = before.get(kept)!.annualPremium;
    expect(premium).toBeGreaterThan(0);

    expect((await exit(hr, id, { exitDate: today })).statusCode).toBe(201);

    const after = await affiliationsOf(id);
    expect(after.get(kept)).toMatchObject({
      status: 'passive',
      annualPremium: null,
      reserves: before.get(kept)!.reserves,
      portalVisibility: { state: 'visible' },
    });
    expect(after.get(ended)).toMatchObject({
      status: 'terminated',
      terminationDate: addDays(today, -30),
      portalVisibility: { state: 'visible-until' },
    });
    const countsAfter = await contractCounts();
    expect(countsAfter.get(kept)).toEqual({
      active: countsBefore.get(kept)!.active - 1,
      passive: countsBefore.get(kept)!.passive + 1,
      terminated: countsBefore.get(kept)!.terminated,
    });
    expect(countsAfter.get(ended)).toEqual(countsBefore.get(ended));
    const number = before.get(kept)!.number;
    expect(await journalEntriesOf(t.db, id)).toEqual([
      expect.objectContaining({
        kind: 'affiliate.exit',
        before: {
          employmentStatus: 'in-service',
          leftOn: null,
          contracts: [{ number, status: 'active', annualPremium: premium }],
        },
        after: {
          employmentStatus: 'left',
          leftOn: today,
          contracts: [{ number, status: 'passive', annualPremium: null }],
        },
      }),
    ]);
  });

  it('leaves the affiliations active while the exit is ahead; the job makes them passive on the day', async () => {
    const { id, kept, ended } = await takeWithTwoContracts();
    const premium = (await affiliationsOf(id)).get(kept)!.annualPremium;
    const exitDate = addDays(today, 10);
    expect((await exit(hr, id, { exitDate })).statusCode).toBe(201);
    expect((await affiliationsOf(id)).get(kept)).toMatchObject({ status: 'active', annualPremium: premium });
    expect((await journalEntriesOf(t.db, id))[0]!.after).toEqual({
      employmentStatus: 'in-service',
      leftOn: exitDate,
    });

    await applyDueExits(t.db, addDays(exitDate, -1));
    expect((await affiliationsOf(id)).get(kept)!.status).toBe('active');
    const countsBefore = await contractCounts();
    expect(await applyDueExits(t.db, exitDate)).toBeGreaterThanOrEqual(1);

    const after = await affiliationsOf(id);
    expect(after.get(kept)).toMatchObject({ status: 'passive', annualPremium: null });
    expect(after.get(ended)!.status).toBe('terminated');
    expect((await contractCounts()).get(kept)).toMatchObject({
      active: countsBefore.get(kept)!.active - 1,
      passive: countsBefore.get(kept)!.passive + 1,
    });
    const number = after.get(kept)!.number;
    expect((await journalEntriesOf(t.db, id)).at(-1)).toMatchObject({
      kind: 'affiliate.exit-effective',
      actorKind: 'system',
      before: {
        employmentStatus: 'in-service',
        contracts: [{ number, status: 'active', annualPremium: premium }],
      },
      after: {
        employmentStatus: 'left',
        leftOn: exitDate,
        contracts: [{ number, status: 'passive', annualPremium: null }],
      },
    });
  });

  it('answers 400 for a missing or impossible date, or one before the affiliation; 403 to a read-only profile', async () => {
    const { id } = await take();
    for (const body of [{}, { exitDate: '2026-13-01' }]) {
      const error = expectError(await exit(hr, id, body), 400, 'validation_failed');
      expect(error.details?.[0]?.path).toBe('exitDate');
    }
    const early = expectError(await exit(hr, id, { exitDate: '1990-01-01' }), 400);
    expect(early.details).toEqual([
      expect.objectContaining({ path: 'exitDate', code: 'date.beforeAffiliation' }),
    ]);
    const viewer = client(t.app, await login(t.app, 'viewer@demo.groupdesk.be'));
    expectError(await exit(viewer, id, { exitDate: today }), 403, 'forbidden');
    expect((await hr.get(`${base}/${id}`)).json<AffiliateDetail>().employmentStatus).toBe('in-service');
  });
});

// "votre travailleur reçoit un e-mail à chaque mise à jour et ce, jusqu'à sa sortie de service. Votre
// travailleur doit également ajouter son adresse e-mail privée … afin que nous puissions l'avertir de toute
// mise à jour après sa sortie de service." (000_…, question 16)
describe('from the exit date, the professional address is no longer used', () => {
  it('statement notices go to the private address only once the exit date is reached', async () => {
    const gone = await take();
    await exit(hr, gone.id, { exitDate: today });
    await queueStatementNotices(t.db, [gone.statementId]);
    expect(await emailsOf(gone.id, 'statement-notice')).toEqual([gone.home]);

    // an exit recorded ahead: still in service until that day
    const leaving = await take();
    await exit(hr, leaving.id, { exitDate: addDays(today, 20) });
    await queueStatementNotices(t.db, [leaving.statementId]);
    expect(await emailsOf(leaving.id, 'statement-notice')).toEqual([leaving.home, leaving.work].sort());
  });

  it('no invitation to the portal after the exit date; one before it', async () => {
    const gone = await take();
    const leaving = await take();
    await exit(hr, gone.id, { exitDate: addDays(today, -3) });
    await exit(hr, leaving.id, { exitDate: addDays(today, 30) });
    await queueAddressEmails(t.db, {
      employerId: world.employerId.vanDamme,
      cause: 'exit-test',
      affiliateIds: [gone.id, leaving.id],
      invitationsAt: new Date(),
    });
    expect(await emailsOf(gone.id, 'invitation')).toEqual([]);
    expect(await emailsOf(gone.id, 'confirmation')).toEqual([gone.work]);
    expect(await emailsOf(leaving.id, 'invitation')).toEqual([leaving.work]);
  });

  it('the invitation cannot be sent again after the exit date, but can before it', async () => {
    const gone = await take();
    const leaving = await take();
    await exit(hr, gone.id, { exitDate: today });
    await exit(hr, leaving.id, { exitDate: addDays(today, 10) });
    const resend = (affiliateId: string) =>
      hr.send({ method: 'POST', url: `${base}/${affiliateId}/invitations`, payload: {} });
    expectError(await resend(gone.id), 409, 'left');
    expect((await resend(leaving.id)).statusCode).toBe(201);
  });
});
