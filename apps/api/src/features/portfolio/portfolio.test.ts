import type { EmailCoverageResponse, PortfolioResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, loadDemoWorld } from '../../../test/fixtures';
import { client, expectError, multipartFile } from '../../../test/http';
import { type TestApp, createTestApp, login, waitForAction } from '../../../test/test-app';

let t: TestApp;
let world: DemoWorld;
const cookies = {} as Record<'hr' | 'master' | 'accountManager', string>;

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });
/** the calendar day in Brussels, as affiliation dates are counted */
const dayOf = (date: Date) => brusselsDay.format(date);

/**
 * An employer of the account manager's portfolio whose address history is known, one affiliate per case:
 * always had one, got one 100 days ago, lost it 50 days ago, joined 40 days ago without one, changed it.
 */
const history: Record<string, { joined: Date; had: (at: Date) => boolean }> = {
  always: { joined: daysAgo(700), had: () => true },
  gotOne: { joined: daysAgo(700), had: (at: Date) => at >= daysAgo(100) },
  lostIt: { joined: daysAgo(700), had: (at: Date) => at < daysAgo(50) },
  newcomer: { joined: daysAgo(40), had: () => false },
  changedIt: { joined: daysAgo(700), had: () => true },
};
let coverageEmployerId: string;

async function seedCoverageEmployer() {
  const [employer] = await t.db
    .insert(schema.employers)
    .values({ name: 'Zeta Coverage SRL', enterpriseNumber: '0999999999', language: 'fr' })
    .returning({ id: schema.employers.id });
  coverageEmployerId = employer!.id;
  const [contract] = await t.db
    .insert(schema.groupContracts)
    .values({ employerId: coverageEmployerId, number: '530/09999', name: 'Plan', startDate: '2020-01-01' })
    .returning({ id: schema.groupContracts.id });
  await t.db.execute(sql`insert into portfolios (account_manager_id, employer_id)
    select id, ${coverageEmployerId} from users where email = 'am@insurer.groupdesk.be'`);
  const now = {
    always: { email: 'always@zeta.be', since: daysAgo(600) },
    gotOne: { email: 'got@zeta.be', since: daysAgo(100) },
    lostIt: { email: null, since: null },
    newcomer: { email: null, since: null },
    changedIt: { email: 'new@zeta.be', since: daysAgo(200) },
  };
  for (const [name, state] of Object.entries(now)) {
    const [affiliate] = await t.db
      .insert(schema.affiliates)
      .values({
        employerId: coverageEmployerId,
        lastName: name,
        firstName: 'Test',
        language: 'fr',
        professionalEmail: state.email,
        professionalEmailSince: state.since,
      })
      .returning({ id: schema.affiliates.id });
    const affiliateId = affiliate!.id;
    await t.db.insert(schema.affiliateContracts).values({
      employerId: coverageEmployerId,
      affiliateId,
      contractId: contract!.id,
      status: 'active',
      affiliationDate: dayOf(history[name]!.joined),
      guarantees: { retirementCapital: 1, deathCapital: 1, disabilityAnnuity: 0, premiumWaiver: false },
    });
    const change = (at: Date, before: string | null, after: string | null) =>
      t.db.execute(sql`insert into journal_entries (employer_id, at, kind, affiliate_id, before, after)
        values (${coverageEmployerId}, ${at.toISOString()}, 'affiliate.updated', ${affiliateId},
          ${JSON.stringify({ professionalEmail: before })}, ${JSON.stringify({ professionalEmail: after })})`);
    if (name === 'gotOne') await change(daysAgo(100), null, 'got@zeta.be');
    if (name === 'lostIt') await change(daysAgo(50), 'lost@zeta.be', null);
    if (name === 'changedIt') await change(daysAgo(200), 'old@zeta.be', 'new@zeta.be');
  }
}

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  await seedCoverageEmployer();
  cookies.hr = await login(t.app, 'hr@demo.groupdesk.be');
  cookies.master = await login(t.app, 'master@demo.groupdesk.be');
  cookies.accountManager = await login(t.app, 'am@insurer.groupdesk.be');
});
afterAll(async () => {
  await t?.close();
});

const portfolio = async () => {
  const response = await client(t.app, cookies.accountManager).get('/api/portfolio');
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PortfolioResponse>().items;
};

describe('GET /api/portfolio', () => {
  it("gives each employer of the account manager's portfolio with its figures", async () => {
    const items = await portfolio();
    expect(items.map((item) => item.name)).toEqual([
      'Atelier Lumière SRL',
      'Brasserie Van Damme SA',
      'Drukkerij Peeters NV',
      'Zeta Coverage SRL',
    ]);
    for (const item of items) {
      const [counts] = await t.db
        .execute<Record<string, number>>(
          sql`select count(*)::int as affiliates, count(professional_email)::int as professional,
            count(private_email)::int as private, count(portal_registered_at)::int as registered
          from affiliates where employer_id = ${item.id}`,
        )
        .then((result) => result.rows);
      expect(item).toMatchObject({
        access: 'account-manager',
        affiliateCount: counts!.affiliates,
        professionalEmailCount: counts!.professional,
        privateEmailCount: counts!.private,
        portalRegisteredCount: counts!.registered,
      });
    }
  });

  it('counts the invitations scheduled and sent from the outbox, and shows the last upload', async () => {
    const peeters = world.employerId.peeters;
    const [affiliate] = await t.db
      .execute<{ id: string }>(sql`select id from affiliates where employer_id = ${peeters} limit 1`)
      .then((result) => result.rows);
    const before = (await portfolio()).find((item) => item.id === peeters)!;
    for (const [status, n] of [
      ['scheduled', 1],
      ['sending', 2],
      ['sent', 3],
      ['cancelled', 4],
    ] as const) {
      await t.db.execute(sql`insert into email_outbox (employer_id, affiliate_id, kind, recipient, language,
          idempotency_key, status)
        select ${peeters}, ${affiliate!.id}, 'invitation', 'x@peeters.be', 'nl', 'portfolio-test-' || ${status} || n, ${status}
        from generate_series(1, ${n}) as n`);
    }
    await t.db.execute(sql`insert into email_outbox (employer_id, kind, recipient, language, idempotency_key)
      values (${peeters}, 'confirmation', 'x@peeters.be', 'nl', 'portfolio-test-confirmation')`);

    const vanDamme = world.employerId.vanDamme;
    const upload = await client(t.app, cookies.hr).send({
      method: 'POST',
      url: `/api/employers/${vanDamme}/insured-list/uploads`,
      ...multipartFile('list.csv', Buffer.from('N° national / BIS;E-mail professionnel\r\n')),
    });
    const uploadId = upload.json<{ action: { id: string } }>().action.id;
    await waitForAction(t.db, uploadId);

    const items = await portfolio();
    const after = items.find((item) => item.id === peeters)!;
    expect(after.invitationsScheduled).toBe(before.invitationsScheduled + 3);
    expect(after.invitationsSent).toBe(before.invitationsSent + 3);
    expect(items.find((item) => item.id === vanDamme)!.lastUpload).toMatchObject({
      id: uploadId,
      status: 'ready',
      counts: expect.objectContaining({ rows: 0, errors: 0 }),
    });
    expect(items.find((item) => item.id === coverageEmployerId)!.lastUpload).toBeNull();
  });

  it('answers 401 without a session and 403 to the users of an employer', async () => {
    expectError(await client(t.app).get('/api/portfolio'), 401);
    expectError(await client(t.app, cookies.master).get('/api/portfolio'), 403, 'forbidden');
    expectError(await client(t.app, cookies.hr).get('/api/portfolio/email-coverage'), 403, 'forbidden');
  });
});

describe('GET /api/portfolio/email-coverage', () => {
  const coverage = async (query = '') => {
    const response = await client(t.app, cookies.accountManager).get(`/api/portfolio/email-coverage${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<EmailCoverageResponse>();
  };

  it('rebuilds each month-end from the journal: who was affiliated then and who had an address', async () => {
    const { employerId, points } = await coverage(`?employerId=${coverageEmployerId}`);
    expect(employerId).toBe(coverageEmployerId);
    expect(points).toHaveLength(12);
    const brusselsMonth = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
    });
    expect(points.at(-1)!.month).toBe(brusselsMonth.format(new Date()));
    for (const point of points) {
      const at = new Date(point.at);
      const known = Object.values(history).filter((affiliate) => dayOf(affiliate.joined) <= dayOf(at));
      expect(point, point.month).toMatchObject({
        affiliates: known.length,
        withProfessionalEmail: known.filter((affiliate) => affiliate.had(at)).length,
      });
    }
    // the points are month ends, oldest first, and the last is now
    expect(points.map((point) => point.at)).toEqual([...points.map((point) => point.at)].sort());
    expect(Date.now() - Date.parse(points.at(-1)!.at)).toBeLessThan(60_000);
  });

  it("ends on the portfolio's current figures", async () => {
    const items = await portfolio();
    const { employerId, points } = await coverage();
    expect(employerId).toBeNull();
    expect(points.at(-1)).toMatchObject({
      affiliates: items.reduce((sum, item) => sum + item.affiliateCount, 0),
      withProfessionalEmail: items.reduce((sum, item) => sum + item.professionalEmailCount, 0),
    });
  });

  it('answers 404 for an employer outside the portfolio', async () => {
    const url = `/api/portfolio/email-coverage?employerId=${world.employerId.nordwind}`;
    expectError(await client(t.app, cookies.accountManager).get(url), 404, 'not_found');
  });
});
