import type { JournalListResponse } from '@groupdesk/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, TEST_PASSWORD, createUser, loadDemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

let t: TestApp;
let world: DemoWorld;
const users = {} as Record<'alice' | 'bob', string>;
const cookies = {} as Record<'hr' | 'restricted' | 'accountManager' | 'alice', string>;
/** Van Damme affiliates inside and outside contract 530/00413, the restricted user's only contract */
const affiliate = {} as Record<'inScope' | 'outOfScope', { id: string; lastName: string; number: string }>;

const base = () => `/api/employers/${world.employerId.vanDamme}/journal`;

async function pickAffiliate(inScope: boolean) {
  const result = await t.db.execute<{ id: string; last_name: string; national_number: string }>(sql`
    select a.id, a.last_name, a.national_number from affiliates a
    where a.employer_id = ${world.employerId.vanDamme} and a.national_number is not null
      and ${inScope ? sql`` : sql`not`} exists (select 1 from affiliate_contracts ac
        where ac.affiliate_id = a.id and ac.contract_id = ${world.contractId['530/00413']!})
    order by a.id limit 1`);
  const row = result.rows[0]!;
  return { id: row.id, lastName: row.last_name, number: row.national_number };
}

/** 40 entries over March 2026 by alice, bob and the portal, in three kinds, about the two affiliates. */
async function seedEntries() {
  const kinds = ['affiliate.updated', 'statement.printed', 'email.cancelled'];
  const values = Array.from({ length: 40 }, (_, i) => {
    const actor = [users.alice, users.bob, null][i % 3];
    const about = [affiliate.inScope.id, affiliate.outOfScope.id, null][i % 4 === 3 ? 2 : i % 2];
    // two entries share each instant, so that the id breaks the tie
    const at = new Date(Date.UTC(2026, 2, 1 + Math.floor(i / 2), 23, 30)).toISOString();
    return sql`(${world.employerId.vanDamme}::uuid, ${at}::timestamptz, ${actor}::uuid,
      ${actor ? 'user' : 'service'}, ${kinds[i % 3]}, ${about}::uuid,
      ${JSON.stringify({ professionalEmail: `old${i}@example.com` })}::jsonb,
      ${JSON.stringify({ professionalEmail: `new${i}@example.com` })}::jsonb)`;
  });
  await t.db.execute(sql`insert into journal_entries
    (employer_id, at, actor_user_id, actor_kind, kind, affiliate_id, before, after)
    values ${sql.join(values, sql`, `)}`);
}

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  affiliate.inScope = await pickAffiliate(true);
  affiliate.outOfScope = await pickAffiliate(false);
  const vanDamme = world.employerId.vanDamme;
  users.alice = await createUser(t.db, {
    email: 'qx-alice@vandamme.test',
    memberships: [{ employerId: vanDamme }],
  });
  users.bob = await createUser(t.db, {
    email: 'qx-bob@vandamme.test',
    memberships: [{ employerId: vanDamme }],
  });
  await createUser(t.db, {
    email: 'restricted@vandamme.test',
    memberships: [{ employerId: vanDamme, profile: 'read', contractIds: [world.contractId['530/00413']!] }],
  });
  await seedEntries();
  cookies.hr = await login(t.app, 'hr@demo.groupdesk.be');
  cookies.accountManager = await login(t.app, 'am@insurer.groupdesk.be');
  cookies.restricted = await login(t.app, 'restricted@vandamme.test', TEST_PASSWORD);
  cookies.alice = await login(t.app, 'qx-alice@vandamme.test', TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
});

const get = (cookie: string, query = '') => client(t.app, cookie).get(`${base()}${query}`);

/** Every page of a listing, following `nextCursor`; checks that no page overlaps another. */
async function allPages(cookie: string, query: string, pageSize = 7) {
  const ids: number[] = [];
  let after: number | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const separator = query ? '&' : '';
    const response = await get(
      cookie,
      `?${query}${separator}pageSize=${pageSize}${after ? `&after=${after}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<JournalListResponse>();
    expect(page.items.length).toBeLessThanOrEqual(pageSize);
    ids.push(...page.items.map((entry) => entry.id));
    if (page.nextCursor === null) return ids;
    expect(page.items).toHaveLength(pageSize);
    after = page.nextCursor;
  }
  throw new Error('more than 100 pages');
}

/** The ids the database gives for the same entries, ordered in SQL written independently of the API's. */
async function expectedIds(where: ReturnType<typeof sql>, order: ReturnType<typeof sql>) {
  const result = await t.db.execute<{ id: string }>(sql`
    select j.id from journal_entries j left join users u on u.id = j.actor_user_id
    where j.employer_id = ${world.employerId.vanDamme} and ${where} order by ${order}`);
  return result.rows.map((row) => Number(row.id));
}

describe('GET /api/employers/:employerId/journal', () => {
  it('shows a change with who, when, what, the affiliate, before and after, newest first', async () => {
    const url = `/api/employers/${world.employerId.vanDamme}/affiliates/${affiliate.inScope.id}`;
    expect((await client(t.app, cookies.alice).patch(url, { language: 'de' })).statusCode).toBe(200);
    const page = (await get(cookies.hr, '?pageSize=1')).json<JournalListResponse>();
    expect(page.items).toHaveLength(1);
    const [entry] = page.items;
    expect(entry).toMatchObject({
      kind: 'affiliate.updated',
      actor: { kind: 'user', user: { id: users.alice, name: 'qx-alice', kind: 'employer' } },
      affiliate: { id: affiliate.inScope.id, nationalNumber: affiliate.inScope.number },
      after: { language: 'de' },
    });
    expect(entry!.affiliate!.name).toContain(affiliate.inScope.lastName);
    expect(entry!.before).toHaveProperty('language');
    expect(Date.now() - Date.parse(entry!.at)).toBeLessThan(60_000);
    expect(page.nextCursor).toBe(entry!.id);
  });

  it('lists the kinds and the users of the journal to filter by', async () => {
    const { facets } = (await get(cookies.hr)).json<JournalListResponse>();
    expect(facets.kinds).toEqual(
      expect.arrayContaining(['affiliate.updated', 'email.cancelled', 'statement.printed']),
    );
    expect(facets.kinds).toEqual([...facets.kinds].sort());
    expect(facets.users.map((user) => user.name)).toEqual(expect.arrayContaining(['qx-alice', 'qx-bob']));
  });

  it.each([
    ['-at', sql`j.at desc, j.id desc`],
    ['at', sql`j.at asc, j.id asc`],
    ['kind', sql`j.kind asc, j.at desc, j.id desc`],
    ['-kind', sql`j.kind desc, j.at desc, j.id desc`],
    ['user', sql`u.name asc nulls last, u.id asc nulls last, j.at desc, j.id desc`],
    ['-user', sql`u.name desc nulls first, u.id desc nulls first, j.at desc, j.id desc`],
  ])('pages through every entry sorted by %s, each once, in order', async (sort, order) => {
    expect(await allPages(cookies.hr, `sort=${sort}`)).toEqual(await expectedIds(sql`true`, order));
  });

  // [query, the same entries in SQL], built once the test's ids exist
  const filters: Record<string, () => [string, ReturnType<typeof sql>]> = {
    kind: () => ['kind=statement.printed', sql`j.kind = 'statement.printed'`],
    'days in Brussels time': () => [
      'from=2026-03-05&to=2026-03-07',
      sql`j.at >= '2026-03-04T23:00:00Z' and j.at < '2026-03-07T23:00:00Z'`,
    ],
    affiliate: () => [
      `affiliateId=${affiliate.outOfScope.id}`,
      sql`j.affiliate_id = ${affiliate.outOfScope.id}`,
    ],
    user: () => [`userId=${users.bob}`, sql`j.actor_user_id = ${users.bob}`],
    'search by user name, any case': () => ['search=QX-ALI', sql`j.actor_user_id = ${users.alice}`],
    'search by kind': () => ['search=email.canc', sql`j.kind = 'email.cancelled'`],
    'search by the name of a kind, in any language, without accents': () => [
      'search=FICHE DE PENSION IMPRIMEE',
      sql`j.kind = 'statement.printed'`,
    ],
    'search by national number': () => [
      `search=${affiliate.inScope.number.slice(0, 6)}.${affiliate.inScope.number.slice(6)}`,
      sql`j.affiliate_id = ${affiliate.inScope.id}`,
    ],
    'everything at once': () => [
      `kind=affiliate.updated&userId=${users.alice}&from=2026-03-02&search=${affiliate.inScope.number}`,
      sql`j.kind = 'affiliate.updated' and j.actor_user_id = ${users.alice}
        and j.at >= '2026-03-01T23:00:00Z' and j.affiliate_id = ${affiliate.inScope.id}`,
    ],
  };

  it.each(Object.keys(filters))('filters by %s, in every order', async (name) => {
    const [query, where] = filters[name]!();
    for (const [sort, order] of [
      ['-at', sql`j.at desc, j.id desc`],
      ['kind', sql`j.kind asc, j.at desc, j.id desc`],
      ['-user', sql`u.name desc nulls first, u.id desc nulls first, j.at desc, j.id desc`],
    ] as const) {
      const expected = await expectedIds(where, order);
      expect(expected.length, `${query} finds entries`).toBeGreaterThan(0);
      expect(await allPages(cookies.hr, `${query}&sort=${sort}`, 4)).toEqual(expected);
    }
  });
});

describe('the user an entry is about', () => {
  it('is found by the search and the user filter, as the one who acted is', async () => {
    const master = client(t.app, await login(t.app, 'master@demo.groupdesk.be'));
    const invited = await master.send({
      method: 'POST',
      url: `/api/employers/${world.employerId.vanDamme}/users`,
      payload: {
        email: 'zoltan.quixote@consult.test',
        name: 'Zoltan Quixote',
        language: 'en',
        profile: 'read',
        contractIds: null,
      },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const consultant = invited.json<{ user: { id: string } }>().user.id;
    const about = (page: JournalListResponse) =>
      page.items.filter((entry) => entry.targetUser?.id === consultant).map((entry) => entry.kind);

    const searched = (await get(cookies.hr, '?search=quixote')).json<JournalListResponse>();
    expect(about(searched)).toEqual(['user.access-granted']);
    for (const sort of ['-at', 'user', '-user']) {
      const filtered = await get(cookies.hr, `?userId=${consultant}&sort=${sort}`);
      expect(filtered.statusCode, filtered.body).toBe(200);
      const page = filtered.json<JournalListResponse>();
      expect(page.items).toHaveLength(1);
      expect(about(page)).toEqual(['user.access-granted']);
      // they never acted, yet the filter offers them
      expect(page.facets.users.map((user) => user.id)).toContain(consultant);
    }
  });
});

describe('who sees what', () => {
  it('hides from a user limited to some contracts the entries about affiliates outside them', async () => {
    const ids = await allPages(cookies.restricted, '', 50);
    const visible = await expectedIds(
      sql`(j.affiliate_id is null or j.affiliate_id in (select affiliate_id from affiliate_contracts
        where contract_id = ${world.contractId['530/00413']!}))`,
      sql`j.at desc, j.id desc`,
    );
    expect(ids).toEqual(visible);
    const outside = await expectedIds(sql`j.affiliate_id = ${affiliate.outOfScope.id}`, sql`j.id`);
    expect(outside.length).toBeGreaterThan(0);
    for (const id of outside) expect(ids).not.toContain(id);
    // not even by asking for that affiliate
    const asked = await get(cookies.restricted, `?affiliateId=${affiliate.outOfScope.id}`);
    expect(asked.json<JournalListResponse>().items).toEqual([]);
  });

  it("journals an account manager's look at the journal, and not an HR officer's", async () => {
    const viewed = () => expectedIds(sql`j.kind = 'journal.viewed'`, sql`j.id`);
    const before = (await viewed()).length;
    expect((await get(cookies.hr, '?kind=affiliate.updated')).statusCode).toBe(200);
    expect(await viewed()).toHaveLength(before);
    expect((await get(cookies.accountManager, '?kind=affiliate.updated')).statusCode).toBe(200);
    const page = (await get(cookies.hr, '?kind=journal.viewed&pageSize=1')).json<JournalListResponse>();
    expect(page.items[0]).toMatchObject({
      kind: 'journal.viewed',
      actor: { user: { name: 'Alex Manager', kind: 'account-manager' } },
      after: { kind: 'affiliate.updated' },
    });
  });

  it("records an account manager's affiliate filter as the entry's affiliate only when it is this employer's", async () => {
    const [peeters] = await t.db
      .execute<{ id: string }>(
        sql`select id from affiliates where employer_id = ${world.employerId.peeters} order by id limit 1`,
      )
      .then((result) => result.rows);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [affiliateId, recorded] of [
      [affiliate.inScope.id, affiliate.inScope.id],
      [peeters!.id, null],
      [unknown, null],
    ] as const) {
      const response = await get(cookies.accountManager, `?affiliateId=${affiliateId}`);
      expect(response.statusCode, response.body).toBe(200);
      const [entry] = await t.db
        .execute<{ affiliate_id: string | null; after: object }>(
          sql`select affiliate_id, after from journal_entries where kind = 'journal.viewed' order by id desc limit 1`,
        )
        .then((result) => result.rows);
      expect(entry).toMatchObject({ affiliate_id: recorded, after: { affiliateId } });
    }
    // an entry that holds another employer's affiliate does not name them in this employer's journal
    await t.db.execute(sql`insert into journal_entries (employer_id, kind, affiliate_id)
      values (${world.employerId.vanDamme}, 'email.cancelled', ${peeters!.id})`);
    const page = (await get(cookies.hr, `?affiliateId=${peeters!.id}`)).json<JournalListResponse>();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.affiliate).toBeNull();
  });

  it('refuses a malformed filter with 400 and an unknown cursor with invalid_cursor', async () => {
    const invalid = expectError(
      await get(cookies.hr, '?from=2026-02-31&kind=DROP TABLE'),
      400,
      'validation_failed',
    );
    expect(invalid.details!.map((detail) => detail.path).sort()).toEqual(['from', 'kind']);
    expectError(await get(cookies.hr, '?after=999999999'), 400, 'invalid_cursor');
    // the cursor must be an entry of this employer
    const [other] = await t.db
      .execute<{ id: string }>(
        sql`insert into journal_entries (employer_id, kind) values
        (${world.employerId.peeters}, 'email.cancelled') returning id`,
      )
      .then((result) => result.rows);
    expectError(await get(cookies.hr, `?after=${other!.id}`), 400, 'invalid_cursor');
  });
});

describe('entries cannot be changed', () => {
  it.each(['PUT', 'PATCH', 'DELETE', 'POST'] as const)(
    'no route answers %s on the journal',
    async (method) => {
      const [entry] = await expectedIds(sql`true`, sql`j.id`);
      for (const url of [base(), `${base()}/${entry}`]) {
        const response = await client(t.app, cookies.hr).send({
          method,
          url,
          ...(method === 'DELETE' ? {} : { payload: { kind: 'forged' } }),
        });
        expectError(response, 404, 'not_found');
      }
    },
  );

  it('the table itself refuses an update, a delete and a truncate', async () => {
    const [entry] = await expectedIds(sql`true`, sql`j.id`);
    const refused = {
      cause: expect.objectContaining({ message: 'journal entries cannot be changed or deleted' }),
    };
    await expect(
      t.db.execute(sql`update journal_entries set kind = 'forged' where id = ${entry}`),
    ).rejects.toMatchObject(refused);
    await expect(t.db.execute(sql`delete from journal_entries where id = ${entry}`)).rejects.toMatchObject(
      refused,
    );
    await expect(t.db.execute(sql`truncate journal_entries`)).rejects.toMatchObject(refused);
    expect(await expectedIds(sql`j.id = ${entry}`, sql`j.id`)).toEqual([entry]);
  });
});
