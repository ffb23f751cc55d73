import type {
  ActionResponse,
  AffiliateDetail,
  AffiliateListResponse,
  SessionResponse,
  contractListResponseSchema,
  employerListResponseSchema,
} from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  type DemoWorld,
  TEST_PASSWORD,
  createUser,
  journalEntriesOf,
  loadDemoWorld,
  belgianDay,
} from '../../../test/fixtures';
import { client, expectError, multipartFile } from '../../../test/http';
import { type TestApp, createTestApp, login, waitForAction } from '../../../test/test-app';

type ContractList = z.infer<typeof contractListResponseSchema>;
type EmployerList = z.infer<typeof employerListResponseSchema>;

/**
 * Who may do what, checked on the server for every employer route. Apart from the demo logins:
 * - peeters:    HR (write) of Drukkerij Peeters only, "a user of another employer"
 * - restricted: HR (write) of Van Damme for contract 530/00413 only
 * - lastDay:    external consultant of Van Damme whose mission ends today
 * - expired:    external consultant of Van Damme whose mission ended yesterday, after they logged in
 * - revoked:    Van Damme HR whose access was revoked after they logged in
 */
type Actor =
  | 'anonymous'
  | 'viewer'
  | 'hr'
  | 'master'
  | 'accountManager'
  | 'peeters'
  | 'restricted'
  | 'lastDay'
  | 'expired'
  | 'revoked';

const RESTRICTED_CONTRACT = '530/00413';

let t: TestApp;
let world: DemoWorld;
const cookies = {} as Record<Actor, string | undefined>;
/** one affiliate per case: Van Damme in 530/00413 (and another contract), Van Damme outside 530/00413, … */
const affiliate = {} as Record<'vanDamme' | 'vanDammeOutside' | 'peeters' | 'nordwind', string>;
const UNKNOWN_ID = '7b0c2a4e-2d3f-4a51-9b7e-0c1d2e3f4a5b';

async function pickAffiliate(where: ReturnType<typeof sql>): Promise<string> {
  const result = await t.db.execute<{ id: string }>(
    sql`select a.id from affiliates a where ${where} order by a.id limit 1`,
  );
  const row = result.rows[0];
  if (!row) throw new Error('the seed has no such affiliate');
  return row.id;
}

const inContract = (number: string) =>
  sql`exists (select 1 from affiliate_contracts ac join group_contracts gc on gc.id = ac.contract_id
    where ac.affiliate_id = a.id and gc.number = ${number})`;

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  const { employerId, contractId } = world;
  affiliate.vanDamme = await pickAffiliate(
    sql`a.employer_id = ${employerId.vanDamme} and ${inContract(RESTRICTED_CONTRACT)} and ${inContract('530/00412')}`,
  );
  affiliate.vanDammeOutside = await pickAffiliate(
    sql`a.employer_id = ${employerId.vanDamme} and not ${inContract(RESTRICTED_CONTRACT)}`,
  );
  affiliate.peeters = await pickAffiliate(sql`a.employer_id = ${employerId.peeters}`);
  affiliate.nordwind = await pickAffiliate(sql`a.employer_id = ${employerId.nordwind}`);

  const vanDamme = (extra: object = {}) => [{ employerId: employerId.vanDamme, ...extra }];
  await createUser(t.db, { email: 'hr@peeters.test', memberships: [{ employerId: employerId.peeters }] });
  await createUser(t.db, {
    email: 'restricted@vandamme.test',
    memberships: vanDamme({ contractIds: [contractId[RESTRICTED_CONTRACT]!] }),
  });
  await createUser(t.db, {
    email: 'last-day@consultant.test',
    memberships: vanDamme({ endDate: belgianDay(0) }),
  });
  // these two logged in while their access still ran; it then ended (yesterday) or was revoked
  await createUser(t.db, { email: 'expired@consultant.test', memberships: vanDamme() });
  await createUser(t.db, { email: 'revoked@vandamme.test', memberships: vanDamme() });

  cookies.anonymous = undefined;
  cookies.viewer = await login(t.app, 'viewer@demo.groupdesk.be');
  cookies.hr = await login(t.app, 'hr@demo.groupdesk.be');
  cookies.master = await login(t.app, 'master@demo.groupdesk.be');
  cookies.accountManager = await login(t.app, 'am@insurer.groupdesk.be');
  cookies.peeters = await login(t.app, 'hr@peeters.test', TEST_PASSWORD);
  cookies.restricted = await login(t.app, 'restricted@vandamme.test', TEST_PASSWORD);
  cookies.lastDay = await login(t.app, 'last-day@consultant.test', TEST_PASSWORD);
  cookies.expired = await login(t.app, 'expired@consultant.test', TEST_PASSWORD);
  cookies.revoked = await login(t.app, 'revoked@vandamme.test', TEST_PASSWORD);
  await t.db.execute(sql`update memberships set end_date = ${belgianDay(-1)}
    where user_id = (select id from users where email = 'expired@consultant.test')`);
  await t.db.execute(sql`update memberships set revoked_at = now()
    where user_id = (select id from users where email = 'revoked@vandamme.test')`);
});
afterAll(async () => {
  await t?.close();
});

const as = (actor: Actor) => client(t.app, cookies[actor]);

/** Answers both a status and, for errors, the common error shape. */
async function expectStatus(response: Awaited<ReturnType<ReturnType<typeof as>['get']>>, status: number) {
  if (status >= 400) expectError(response, status);
  else expect(response.statusCode, response.body).toBe(status);
}

describe('GET /api/employers lists exactly the employers the user may see', () => {
  it.each<[Actor, number, string[]]>([
    ['anonymous', 401, []],
    ['viewer', 200, ['Brasserie Van Damme SA']],
    ['hr', 200, ['Brasserie Van Damme SA']],
    ['master', 200, ['Atelier Lumière SRL', 'Brasserie Van Damme SA']],
    ['accountManager', 200, ['Atelier Lumière SRL', 'Brasserie Van Damme SA', 'Drukkerij Peeters NV']],
    ['peeters', 200, ['Drukkerij Peeters NV']],
    ['restricted', 200, ['Brasserie Van Damme SA']],
    ['lastDay', 200, ['Brasserie Van Damme SA']],
    ['expired', 401, []],
    ['revoked', 401, []],
  ])('%s: %i %j', async (actor, status, names) => {
    const response = await as(actor).get('/api/employers');
    await expectStatus(response, status);
    if (status !== 200) return;
    expect(response.json<EmployerList>().items.map((employer) => employer.name)).toEqual(names);
    // the session lists the same employers
    const session = await as(actor).get('/api/session');
    expect(session.json<SessionResponse>().employers.map((employer) => employer.name)).toEqual(names);
  });
});

// The employer's own routes: GET …/contracts and GET …/affiliates answer alike.
type EmployerTarget = 'vanDamme' | 'peeters' | 'nordwind' | 'unknown';
// prettier-ignore
const employerMatrix: Record<Actor, Record<EmployerTarget, number>> = {
  anonymous:      { vanDamme: 401, peeters: 401, nordwind: 401, unknown: 401 },
  viewer:         { vanDamme: 200, peeters: 404, nordwind: 404, unknown: 404 },
  hr:             { vanDamme: 200, peeters: 404, nordwind: 404, unknown: 404 },
  master:         { vanDamme: 200, peeters: 404, nordwind: 404, unknown: 404 },
  accountManager: { vanDamme: 200, peeters: 200, nordwind: 404, unknown: 404 },
  peeters:        { vanDamme: 404, peeters: 200, nordwind: 404, unknown: 404 },
  restricted:     { vanDamme: 200, peeters: 404, nordwind: 404, unknown: 404 },
  lastDay:        { vanDamme: 200, peeters: 404, nordwind: 404, unknown: 404 },
  expired:        { vanDamme: 401, peeters: 401, nordwind: 401, unknown: 401 },
  revoked:        { vanDamme: 401, peeters: 401, nordwind: 401, unknown: 401 },
};

const employerIdOf = (target: EmployerTarget) =>
  target === 'unknown' ? UNKNOWN_ID : world.employerId[target];

describe.each(['contracts', 'affiliates'])('GET /api/employers/:employerId/%s', (route) => {
  const cases = Object.entries(employerMatrix).flatMap(([actor, row]) =>
    Object.entries(row).map(
      ([target, status]) => [actor as Actor, target as EmployerTarget, status] as const,
    ),
  );
  it.each(cases)('%s at %s: %i', async (actor, target, status) => {
    await expectStatus(await as(actor).get(`/api/employers/${employerIdOf(target)}/${route}`), status);
  });
});

// One affiliate, read and changed, under an employer's URL: [GET, PATCH].
type AffiliateTarget =
  | 'vanDamme'
  | 'vanDammeOutside'
  | 'peeters'
  | 'nordwind'
  | 'vanDamme affiliate under peeters'
  | 'peeters affiliate under vanDamme'
  | 'unknown affiliate under vanDamme';
const affiliateTargets: Record<AffiliateTarget, () => [employerId: string, affiliateId: string]> = {
  vanDamme: () => [world.employerId.vanDamme, affiliate.vanDamme],
  vanDammeOutside: () => [world.employerId.vanDamme, affiliate.vanDammeOutside],
  peeters: () => [world.employerId.peeters, affiliate.peeters],
  nordwind: () => [world.employerId.nordwind, affiliate.nordwind],
  'vanDamme affiliate under peeters': () => [world.employerId.peeters, affiliate.vanDamme],
  'peeters affiliate under vanDamme': () => [world.employerId.vanDamme, affiliate.peeters],
  'unknown affiliate under vanDamme': () => [world.employerId.vanDamme, UNKNOWN_ID],
};

type ReadWrite = [get: number, patch: number];
// the columns in the order of affiliateTargets
// prettier-ignore
const affiliateMatrix: Record<Actor, ReadWrite[]> = {
  //               vanDamme    vanDammeOutside peeters     nordwind    VD aff under P  P aff under VD  unknown aff
  anonymous:      [[401, 401], [401, 401],     [401, 401], [401, 401], [401, 401],     [401, 401],     [401, 401]],
  viewer:         [[200, 403], [200, 403],     [404, 404], [404, 404], [404, 404],     [404, 403],     [404, 403]],
  hr:             [[200, 200], [200, 200],     [404, 404], [404, 404], [404, 404],     [404, 404],     [404, 404]],
  master:         [[200, 200], [200, 200],     [404, 404], [404, 404], [404, 404],     [404, 404],     [404, 404]],
  accountManager: [[200, 403], [200, 403],     [200, 403], [404, 404], [404, 403],     [404, 403],     [404, 403]],
  peeters:        [[404, 404], [404, 404],     [200, 200], [404, 404], [404, 404],     [404, 404],     [404, 404]],
  restricted:     [[200, 200], [404, 404],     [404, 404], [404, 404], [404, 404],     [404, 404],     [404, 404]],
  lastDay:        [[200, 200], [200, 200],     [404, 404], [404, 404], [404, 404],     [404, 404],     [404, 404]],
  expired:        [[401, 401], [401, 401],     [401, 401], [401, 401], [401, 401],     [401, 401],     [401, 401]],
  revoked:        [[401, 401], [401, 401],     [401, 401], [401, 401], [401, 401],     [401, 401],     [401, 401]],
};

describe('GET and PATCH /api/employers/:employerId/affiliates/:affiliateId', () => {
  const targets = Object.keys(affiliateTargets) as AffiliateTarget[];
  const cases = Object.entries(affiliateMatrix).flatMap(([actor, row]) =>
    row.flatMap(([get, patch], index) => [
      [actor as Actor, 'GET', targets[index]!, get] as const,
      [actor as Actor, 'PATCH', targets[index]!, patch] as const,
    ]),
  );

  it.each(cases)('%s %s %s: %i', async (actor, method, target, status) => {
    const [employerId, affiliateId] = affiliateTargets[target]();
    const url = `/api/employers/${employerId}/affiliates/${affiliateId}`;
    const response =
      method === 'GET' ? await as(actor).get(url) : await as(actor).patch(url, { language: 'nl' });
    await expectStatus(response, status);
    if (status === 200) expect(response.json<AffiliateDetail>().id).toBe(affiliateId);
  });

  it('refuses a read-only user and an account manager with a message that says why', async () => {
    const url = `/api/employers/${world.employerId.vanDamme}/affiliates/${affiliate.vanDamme}`;
    const viewer = expectError(await as('viewer').patch(url, { language: 'fr' }), 403, 'forbidden');
    expect(viewer.message).toMatch(/read-only/);
    const accountManager = expectError(
      await as('accountManager').patch(url, { language: 'fr' }),
      403,
      'forbidden',
    );
    expect(accountManager.message).toMatch(/account managers/i);
  });
});

describe('an account manager', () => {
  it('leaves a journal entry "affiliate.viewed" for every affiliate they open, and none for a refused one', async () => {
    const url = `/api/employers/${world.employerId.peeters}/affiliates/${affiliate.peeters}`;
    const viewedBefore = (await journalEntriesOf(t.db, affiliate.peeters)).filter(
      (e) => e.kind === 'affiliate.viewed',
    );

    expect((await as('accountManager').get(url)).statusCode).toBe(200);
    expect((await as('accountManager').get(url)).statusCode).toBe(200);
    expect((await as('peeters').get(url)).statusCode).toBe(200);
    const nordwindUrl = `/api/employers/${world.employerId.nordwind}/affiliates/${affiliate.nordwind}`;
    expect((await as('accountManager').get(nordwindUrl)).statusCode).toBe(404);

    const viewed = (await journalEntriesOf(t.db, affiliate.peeters)).filter(
      (e) => e.kind === 'affiliate.viewed',
    );
    const [accountManager] = await t.db
      .execute<{ id: string }>(sql`select id from users where email = 'am@insurer.groupdesk.be'`)
      .then((result) => result.rows);
    expect(viewed.slice(viewedBefore.length)).toEqual([
      expect.objectContaining({
        actorUserId: accountManager!.id,
        employerId: world.employerId.peeters,
        actorKind: 'user',
      }),
      expect.objectContaining({
        actorUserId: accountManager!.id,
        employerId: world.employerId.peeters,
        actorKind: 'user',
      }),
    ]);
    expect(await journalEntriesOf(t.db, affiliate.nordwind)).toEqual([]);
  });

  it('journals the affiliate lists they look at, and not those of HR users', async () => {
    const listed = async () =>
      (
        await t.db
          .select()
          .from(schema.journalEntries)
          .where(eq(schema.journalEntries.kind, 'affiliates.listed'))
      ).length;
    const before = await listed();
    const url = `/api/employers/${world.employerId.peeters}/affiliates?search=an`;
    expect((await as('accountManager').get(url)).statusCode).toBe(200);
    expect(await listed()).toBe(before + 1);
    expect((await as('hr').get(`/api/employers/${world.employerId.vanDamme}/affiliates`)).statusCode).toBe(
      200,
    );
    expect(await listed()).toBe(before + 1);
  });
});

describe('a user restricted to one contract', () => {
  const restrictedContractId = () => world.contractId[RESTRICTED_CONTRACT]!;

  it('sees only that contract in the contract list', async () => {
    const response = await as('restricted').get(`/api/employers/${world.employerId.vanDamme}/contracts`);
    expect(response.json<ContractList>().items.map((contract) => contract.number)).toEqual([
      RESTRICTED_CONTRACT,
    ]);
    const everything = await as('hr').get(`/api/employers/${world.employerId.vanDamme}/contracts`);
    expect(everything.json<ContractList>().items.map((contract) => contract.number)).toEqual([
      '530/00198',
      '530/00412',
      '530/00413',
    ]);
  });

  it('sees only the affiliates of that contract, and of them only that contract', async () => {
    const url = `/api/employers/${world.employerId.vanDamme}/affiliates?pageSize=200`;
    const list = (await as('restricted').get(url)).json<AffiliateListResponse>();
    const [expected] = await t.db
      .execute<{ n: number }>(
        sql`select count(distinct affiliate_id)::int as n from affiliate_contracts where contract_id = ${restrictedContractId()}`,
      )
      .then((result) => result.rows);
    expect(list.total).toBe(expected!.n);
    expect(list.items).toHaveLength(expected!.n);
    for (const item of list.items) expect(item.contracts.map((c) => c.number)).toEqual([RESTRICTED_CONTRACT]);
    expect(list.items.map((item) => item.id)).toContain(affiliate.vanDamme);
    expect(list.items.map((item) => item.id)).not.toContain(affiliate.vanDammeOutside);

    const full = (await as('hr').get(url)).json<AffiliateListResponse>();
    expect(full.total).toBeGreaterThan(list.total);
  });

  it('sees only that contract on the page of an affiliate who has others', async () => {
    const url = `/api/employers/${world.employerId.vanDamme}/affiliates/${affiliate.vanDamme}`;
    const restricted = (await as('restricted').get(url)).json<AffiliateDetail>();
    expect(restricted.contracts.map((contract) => contract.number)).toEqual([RESTRICTED_CONTRACT]);
    const full = (await as('hr').get(url)).json<AffiliateDetail>();
    expect(full.contracts.map((contract) => contract.number)).toEqual(['530/00412', RESTRICTED_CONTRACT]);
  });

  it('finds nobody outside the contract, whatever the filter or search', async () => {
    const base = `/api/employers/${world.employerId.vanDamme}/affiliates`;
    const byContract = await as('restricted').get(`${base}?contractId=${world.contractId['530/00198']}`);
    expect(byContract.json<AffiliateListResponse>()).toMatchObject({ total: 0, items: [] });
    const detail = (await as('hr').get(`${base}/${affiliate.vanDammeOutside}`)).json<AffiliateDetail>();
    const search = await as('restricted').get(
      `${base}?search=${encodeURIComponent(detail.lastName)}&pageSize=200`,
    );
    expect(search.json<AffiliateListResponse>().items.map((item) => item.id)).not.toContain(
      affiliate.vanDammeOutside,
    );
  });

  it('sees the figures of their contracts only on the employer list', async () => {
    const url = `/api/employers/${world.employerId.vanDamme}/affiliates?pageSize=200`;
    const { items, total } = (await as('restricted').get(url)).json<AffiliateListResponse>();
    const [summary] = (await as('restricted').get('/api/employers')).json<EmployerList>().items;
    expect(summary).toMatchObject({
      affiliateCount: total,
      professionalEmailCount: items.filter((item) => item.professionalEmail !== null).length,
      privateEmailCount: items.filter((item) => item.privateEmailKnown).length,
      missingNationalNumberCount: items.filter((item) => item.nationalNumber === null).length,
      portalRegisteredCount: items.filter((item) => item.portalRegistered).length,
    });
  });
});

// The insured-list upload: sending a file, reading its preview, applying and undoing it.
// prettier-ignore
const uploadMatrix: Record<Actor, [upload: number, rows: number, apply: number, undo: number]> = {
  anonymous:      [401, 401, 401, 401],
  viewer:         [403, 200, 403, 403],
  hr:             [202, 200, 200, 200],
  master:         [202, 200, 409, 409],
  accountManager: [403, 200, 403, 403],
  peeters:        [404, 404, 404, 404],
  restricted:     [202, 200, 409, 409],
  lastDay:        [202, 200, 409, 409],
  expired:        [401, 401, 401, 401],
  revoked:        [401, 401, 401, 401],
};

describe('the insured-list upload routes', () => {
  const csv = Buffer.from('N° national / BIS;E-mail professionnel\r\n');
  let actionId: string;

  beforeAll(async () => {
    const body = multipartFile('list.csv', csv);
    const response = await as('hr').send({
      method: 'POST',
      url: `/api/employers/${world.employerId.vanDamme}/insured-list/uploads`,
      ...body,
    });
    actionId = response.json<ActionResponse>().action.id;
    await waitForAction(t.db, actionId);
  });

  // hr applies and undoes first; after that, applying or undoing again is a conflict for anyone allowed
  const order: Actor[] = ['hr', ...(Object.keys(uploadMatrix) as Actor[]).filter((actor) => actor !== 'hr')];
  it.each(order.map((actor) => [actor, ...uploadMatrix[actor]] as const))(
    '%s: upload %i, rows %i, apply %i, undo %i',
    async (actor, upload, rows, apply, undo) => {
      const base = `/api/employers/${world.employerId.vanDamme}`;
      const json = { 'content-type': 'application/json' };
      await expectStatus(
        await as(actor).send({
          method: 'POST',
          url: `${base}/insured-list/uploads`,
          ...multipartFile('list.csv', csv),
        }),
        upload,
      );
      await expectStatus(await as(actor).get(`${base}/actions/${actionId}/rows`), rows);
      await expectStatus(
        await as(actor).send({
          method: 'POST',
          url: `${base}/actions/${actionId}/apply`,
          headers: json,
          payload: {},
        }),
        apply,
      );
      await expectStatus(
        await as(actor).send({
          method: 'POST',
          url: `${base}/actions/${actionId}/undo`,
          headers: json,
          payload: {},
        }),
        undo,
      );
    },
  );

  it('gives a user limited to some contracts no file of another user’s action', async () => {
    const base = `/api/employers/${world.employerId.vanDamme}`;
    const mine = await as('hr').get(`${base}/actions/${actionId}`);
    expect(mine.json<ActionResponse['action']>().downloadUrl).not.toBeNull();
    expect((await as('hr').get(`${base}/actions/${actionId}/file`)).statusCode).toBe(200);
    const theirs = await as('restricted').get(`${base}/actions/${actionId}`);
    expect(theirs.json<ActionResponse['action']>().downloadUrl).toBeNull();
    await expectStatus(await as('restricted').get(`${base}/actions/${actionId}/file`), 404);
  });

  it('answers 404 for an upload under another employer’s URL', async () => {
    const url = `/api/employers/${world.employerId.peeters}/actions/${actionId}/rows`;
    await expectStatus(await as('accountManager').get(url), 404);
  });
});
