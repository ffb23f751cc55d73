import type { AffiliateListResponse, AffiliateSort } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, TEST_PASSWORD, createUser, loadDemoWorld } from '../../../test/fixtures';
import { client } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, affiliateContracts, affiliateCounts } = schema;

let t: TestApp;
let world: DemoWorld;
let hr: ReturnType<typeof client>;
let base: string;

const list = async (query: string) => {
  const response = await hr.get(`${base}/affiliates?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AffiliateListResponse>();
};
const idsOf = (page: AffiliateListResponse) => page.items.map((item) => item.id);
const countOf = async (employmentStatus?: 'in-service' | 'left') => {
  const [row] = await t.db
    .select({ n: count() })
    .from(affiliates)
    .where(
      and(
        eq(affiliates.employerId, world.employerId.vanDamme),
        employmentStatus ? eq(affiliates.employmentStatus, employmentStatus) : undefined,
      ),
    );
  return row!.n;
};

/** Every row of a list, read page after page by following its cursors from one end to the other. */
async function walk(query: string, direction: 'next' | 'previous', start: string) {
  const ids: string[] = [];
  let page = await list(`${query}&${start}`);
  for (let pages = 0; pages < 1000; pages += 1) {
    ids.push(...(direction === 'next' ? idsOf(page) : idsOf(page).reverse()));
    const cursor = page.cursors[direction];
    if (!cursor) return direction === 'next' ? ids : ids.reverse();
    page = await list(`${query}&${direction === 'next' ? 'after' : 'before'}=${cursor}`);
  }
  throw new Error('the cursors never reached the end of the list');
}

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  base = `/api/employers/${world.employerId.vanDamme}`;
  hr = client(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
});
afterAll(async () => {
  await t?.close();
});

describe('GET …/affiliates: pages by cursor', () => {
  it('the whole list by name, forwards and backwards, is the list of one long page', async () => {
    const all = idsOf(await list('pageSize=200&sort=name'));
    expect(all.length).toBeGreaterThan(50);
    const query = 'pageSize=25&sort=name';
    expect(await walk(query, 'next', 'page=1')).toEqual(all);
    const lastPage = Math.ceil(all.length / 25);
    expect(await walk(query, 'previous', `page=${lastPage}`)).toEqual(all);
  });

  it.each<AffiliateSort>(['name', '-name', 'nationalNumber', '-nationalNumber', 'email', '-email'])(
    'sort %s: every row once, in order, missing numbers and addresses included',
    async (sort) => {
      // some have no number, many no address: the pages cross the null blocks
      const query = `pageSize=7&sort=${sort}`;
      const all = idsOf(await list(`pageSize=200&sort=${sort}`));
      expect(await walk(query, 'next', 'page=1')).toEqual(all);
      expect(await walk(query, 'previous', `page=${Math.ceil(all.length / 7)}`)).toEqual(all);
    },
  );

  it('a page of the far half of the list, read from its end, is the same page', async () => {
    const total = await countOf();
    const pageSize = 100;
    const lastPage = Math.ceil(total / pageSize);
    const all: string[] = [];
    for (let page = 1; page <= lastPage; page += 1) {
      const read = await list(`pageSize=${pageSize}&page=${page}`);
      expect(read.total).toBe(total);
      expect(read.cursors.previous === null).toBe(page === 1);
      expect(read.cursors.next === null).toBe(page === lastPage);
      all.push(...idsOf(read));
    }
    expect(new Set(all).size).toBe(total);
    const late = await list(`pageSize=${pageSize}&page=${lastPage - 1}`);
    expect(idsOf(late)).toEqual(all.slice((lastPage - 2) * pageSize, (lastPage - 1) * pageSize));
    expect(await list(`pageSize=${pageSize}&page=${lastPage + 1}`)).toMatchObject({
      items: [],
      total,
      cursors: { previous: null, next: null },
    });
  });

  it('a cursor of another sort, or one edited by hand, is ignored: the page number counts', async () => {
    const byName = await list('pageSize=10&page=1&sort=name');
    const secondByNumber = await list('pageSize=10&page=2&sort=nationalNumber');
    const mixed = await list(`pageSize=10&page=2&sort=nationalNumber&after=${byName.cursors.next}`);
    expect(idsOf(mixed)).toEqual(idsOf(secondByNumber));
    const edited = await list('pageSize=10&page=2&sort=nationalNumber&after=bm90LWEtY3Vyc29y');
    expect(idsOf(edited)).toEqual(idsOf(secondByNumber));
    expect((await hr.get(`${base}/affiliates?after=not%20base64`)).statusCode).toBe(400);
  });

  it('a search counts what it finds, also on a page past its end', async () => {
    const found = await list('search=van&pageSize=200');
    expect(found.total).toBe(found.items.length);
    expect(found.total).toBeGreaterThan(0);
    expect(await list('search=van&page=50')).toMatchObject({ items: [], total: found.total });
  });
});

describe('GET …/affiliates: the totals of a narrowed list', () => {
  it('a user limited to a contract, or a contract filter, counts the affiliates on it', async () => {
    const contractId = world.contractId['530/00412']!;
    await createUser(t.db, {
      email: 'one-contract@list.test',
      memberships: [{ employerId: world.employerId.vanDamme, contractIds: [contractId] }],
    });
    const limited = client(t.app, await login(t.app, 'one-contract@list.test', TEST_PASSWORD));
    const onContract = await t.db
      .select({ id: affiliateContracts.affiliateId, status: affiliates.employmentStatus })
      .from(affiliateContracts)
      .innerJoin(affiliates, eq(affiliates.id, affiliateContracts.affiliateId))
      .where(eq(affiliateContracts.contractId, contractId));
    const totalOf = async (who: ReturnType<typeof client>, query: string) =>
      (await who.get(`${base}/affiliates?${query}`)).json<AffiliateListResponse>().total;
    expect(onContract.length).toBeGreaterThan(0);
    expect(await totalOf(limited, '')).toBe(onContract.length);
    expect(await totalOf(hr, `contractId=${contractId}`)).toBe(onContract.length);
    const left = onContract.filter((row) => row.status === 'left').length;
    expect(await totalOf(limited, 'employmentStatus=left')).toBe(left);
  });
});

describe('affiliate_counts: the totals the database keeps', () => {
  const countsOf = async () => {
    const rows = await t.db
      .select()
      .from(affiliateCounts)
      .where(eq(affiliateCounts.employerId, world.employerId.vanDamme));
    return Object.fromEntries(rows.map((row) => [row.employmentStatus, row.affiliates]));
  };

  it('follow affiliates added, leaving and removed', async () => {
    expect(await countsOf()).toEqual({
      'in-service': await countOf('in-service'),
      left: await countOf('left'),
    });
    const added = await t.db
      .insert(affiliates)
      .values(
        ['Aerts', 'Baert', 'Claes'].map((lastName) => ({
          employerId: world.employerId.vanDamme,
          lastName,
          firstName: 'Test',
          language: 'nl' as const,
        })),
      )
      .returning({ id: affiliates.id });
    const ids = added.map((row) => row.id);
    await t.db.update(affiliates).set({ employmentStatus: 'left' }).where(eq(affiliates.id, ids[0]!));
    // an update that changes neither employer nor status changes no count
    await t.db.update(affiliates).set({ firstName: 'Testje' }).where(inArray(affiliates.id, ids));
    expect(await countsOf()).toEqual({
      'in-service': await countOf('in-service'),
      left: await countOf('left'),
    });
    expect((await list('employmentStatus=left')).total).toBe(await countOf('left'));

    await t.db.delete(affiliates).where(inArray(affiliates.id, ids));
    expect(await countsOf()).toEqual({
      'in-service': await countOf('in-service'),
      left: await countOf('left'),
    });
    expect((await list('')).total).toBe(await countOf());
  });
});
