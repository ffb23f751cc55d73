import type { AffiliateDetail, AffiliateListResponse, GroupContract } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { addMonths } from '@groupdesk/domain';
import { and, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, loadDemoWorld, belgianDay } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, affiliateContracts } = schema;

let t: TestApp;
let world: DemoWorld;
let hr: ReturnType<typeof client>;
let base: string;
/** affiliates this file prepares: the number 85.07.30-033.28, none at all, contracts ended lately or long ago */
const prepared = {} as Record<'withNumber' | 'withoutNumber' | 'endedLately' | 'endedLongAgo', string>;

const NUMBER = '85073003328';
const list = async (query = '') => {
  const response = await hr.get(`${base}/affiliates${query ? `?${query}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AffiliateListResponse>();
};
const search = async (text: string) => list(`search=${encodeURIComponent(text)}&pageSize=200`);
const detail = async (affiliateId: string) => {
  const response = await hr.get(`${base}/affiliates/${affiliateId}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AffiliateDetail>();
};
const countOf = async (where?: ReturnType<typeof and>) => {
  const [row] = await t.db
    .select({ n: count() })
    .from(affiliates)
    .where(and(eq(affiliates.employerId, world.employerId.vanDamme), where));
  return row!.n;
};
/** Affiliates of Van Damme with exactly one contract, the first being active. */
async function singleContractAffiliates(where?: ReturnType<typeof and>) {
  const rows = await t.db
    .select({ id: affiliates.id })
    .from(affiliates)
    .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
    .where(
      and(
        eq(affiliates.employerId, world.employerId.vanDamme),
        eq(affiliateContracts.status, 'active'),
        where,
      ),
    )
    .groupBy(affiliates.id)
    .having(sql`count(*) = 1`)
    .orderBy(affiliates.id);
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  base = `/api/employers/${world.employerId.vanDamme}`;
  hr = client(t.app, await login(t.app, 'hr@demo.groupdesk.be'));

  // Both picks come before the number is given, so the affiliate given it cannot be picked as a numbered one.
  const withoutNumber = await singleContractAffiliates(isNull(affiliates.nationalNumber));
  const numbered = await singleContractAffiliates(isNotNull(affiliates.nationalNumber));
  [prepared.withNumber, prepared.withoutNumber] = withoutNumber as [string, string];
  [prepared.endedLately, prepared.endedLongAgo] = numbered as [string, string];
  await t.db
    .update(affiliates)
    .set({ nationalNumber: NUMBER, nationalNumberKind: 'national', nationalNumberSince: '2020-01-01' })
    .where(eq(affiliates.id, prepared.withNumber));

  for (const [affiliateId, terminationDate] of [
    [prepared.endedLately, belgianDay(-31)],
    [prepared.endedLongAgo, addMonths(belgianDay(-1), -6)],
  ] as const) {
    await t.db
      .update(affiliateContracts)
      .set({ status: 'terminated', terminationDate, reserves: 0, annualPremium: null })
      .where(eq(affiliateContracts.affiliateId, affiliateId));
    await t.db
      .update(affiliates)
      .set({ nationalNumberSince: '2020-01-01' })
      .where(eq(affiliates.id, affiliateId));
  }
});
afterAll(async () => {
  await t?.close();
});

describe('GET …/affiliates: the list', () => {
  it('answers {items, total, page, pageSize, cursors}, 25 by default, without private addresses', async () => {
    const page = await list();
    expect(Object.keys(page).sort()).toEqual(['cursors', 'items', 'page', 'pageSize', 'total']);
    expect(page).toMatchObject({ page: 1, pageSize: 25, total: await countOf() });
    expect(page.items).toHaveLength(25);
    expect(Object.keys(page.items[0]!)).not.toContain('privateEmail');
    expect(page.items[0]).toHaveProperty('privateEmailKnown');
  });

  it('pages: page 2 follows page 1, the total stays, a page past the end is empty', async () => {
    const first = await list('pageSize=10&page=1');
    const second = await list('pageSize=10&page=2');
    const both = await list('pageSize=20&page=1');
    expect(second.total).toBe(first.total);
    expect(second.page).toBe(2);
    const ids = (page: AffiliateListResponse) => page.items.map((item) => item.id);
    expect(ids(second)).not.toEqual(ids(first));
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
    expect([...ids(first), ...ids(second)]).toEqual(ids(both));

    const lastPage = Math.ceil(first.total / 10);
    expect((await list(`pageSize=10&page=${lastPage}`)).items).toHaveLength(
      first.total - (lastPage - 1) * 10,
    );
    expect(await list(`pageSize=10&page=${lastPage + 1}`)).toMatchObject({ items: [], total: first.total });
  });

  it('sorts by name, ascending and descending', async () => {
    const ascending = (await list('pageSize=200&sort=name')).items;
    const descending = (await list('pageSize=200&sort=-name')).items;
    expect(ascending).toHaveLength(await countOf());
    expect(descending.map((item) => item.id)).toEqual(ascending.map((item) => item.id).reverse());
    const names = ascending.map((item) => [item.lastName, item.firstName] as const);
    names.slice(1).forEach(([last, first], index) => {
      const [previousLast, previousFirst] = names[index]!;
      expect(
        previousLast < last || (previousLast === last && previousFirst <= first),
        `${previousLast} before ${last}`,
      ).toBe(true);
    });
  });

  type Item = AffiliateListResponse['items'][number];
  // prettier-ignore
  it.each([
    ['employmentStatus=left', eq(affiliates.employmentStatus, 'left'), (item: Item) => item.employmentStatus === 'left'],
    ['employmentStatus=in-service', eq(affiliates.employmentStatus, 'in-service'), (item: Item) => item.employmentStatus === 'in-service'],
    ['missing=nationalNumber', isNull(affiliates.nationalNumber), (item: Item) => item.nationalNumber === null],
    ['missing=professionalEmail', isNull(affiliates.professionalEmail), (item: Item) => item.professionalEmail === null],
  ])('filters on %s', async (query, where, holds) => {
    const page = await list(`${query}&pageSize=200`);
    expect(page.total).toBe(await countOf(where));
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every(holds)).toBe(true);
  });

  it('filters on a contract', async () => {
    const contractId = world.contractId['530/00412']!;
    const page = await list(`contractId=${contractId}&pageSize=200`);
    const [expected] = await t.db
      .select({ n: count() })
      .from(affiliateContracts)
      .where(eq(affiliateContracts.contractId, contractId));
    expect(page.total).toBe(expected!.n);
    expect(
      page.items.every((item) => item.contracts.some((contract) => contract.number === '530/00412')),
    ).toBe(true);
    // a contract of another employer finds no one here
    expect((await list(`contractId=${world.contractId['530/02250']}`)).total).toBe(0);
  });

  it("filters on a contract's status: the counts of the contracts page open the same affiliates", async () => {
    const contracts = (await hr.get(`${base}/contracts`)).json<{ items: GroupContract[] }>().items;
    for (const contract of contracts) {
      for (const status of ['active', 'passive', 'terminated'] as const) {
        const page = await list(`contractId=${contract.id}&contractStatus=${status}&pageSize=1`);
        expect(page.total, `${contract.number} ${status}`).toBe(contract.affiliateCounts[status]);
      }
    }
    const terminated = await list('contractStatus=terminated&pageSize=200');
    expect(terminated.items.every((item) => item.contracts.some((c) => c.status === 'terminated'))).toBe(
      true,
    );
  });

  it.each([
    ['page=0', 'page', 'too_small'],
    ['page=abc', 'page', 'invalid_type'],
    ['pageSize=1000', 'pageSize', 'too_big'],
    ['sort=salary', 'sort', 'invalid_value'],
    ['employmentStatus=retired', 'employmentStatus', 'invalid_value'],
    ['missing=birthDate', 'missing', 'invalid_value'],
    ['contractStatus=suspended', 'contractStatus', 'invalid_value'],
    ['contractId=530%2F00412', 'contractId', 'invalid_id'],
    [`search=${'a'.repeat(101)}`, 'search', 'too_long'],
    ['search=a%00b', 'search', 'invalid_value'],
    ['limit=10', 'limit', 'unknown_field'],
  ])('refuses ?%s with 400 and the field in error', async (query, path, code) => {
    const error = expectError(await hr.get(`${base}/affiliates?${query}`), 400, 'validation_failed');
    expect(error.details).toContainEqual(expect.objectContaining({ path, code }));
  });
});

describe('GET …/affiliates?search=', () => {
  const namesOf = (page: AffiliateListResponse) =>
    page.items.map((item) => `${item.firstName} ${item.lastName}`).sort();

  it.each(['lefèvre', 'LEFÈVRE', 'Lefèvre', '  lefèvre ', 'fèvr', 'lefevre', 'LEFEVRE', 'fevr'])(
    'finds a name whatever its case and accents: %j',
    async (text) => {
      expect(namesOf(await search(text))).toEqual(['Arthur Lefèvre', 'Louis Lefèvre', 'Louise Lefèvre']);
    },
  );

  it.each(['arthur lefèvre', 'Lefèvre Arthur', 'lef art'])(
    'finds first and last name in either order: %j',
    async (text) => {
      expect(namesOf(await search(text))).toEqual(['Arthur Lefèvre']);
    },
  );

  it('finds a last name of two words, with the first name before or after', async () => {
    expect(namesOf(await search('jef van damme'))).toEqual(['Jef Van Damme']);
    expect(namesOf(await search('Van Damme Jef'))).toEqual(['Jef Van Damme']);
    expect(namesOf(await search('van damme'))).toHaveLength(4);
  });

  it.each(['85.07.30-033.28', '85073003328', '850730', '85.07.30', '85 07 30 033 28'])(
    'finds a national number however it is typed: %j',
    async (text) => {
      expect((await search(text)).items.map((item) => item.id)).toEqual([prepared.withNumber]);
    },
  );

  it('finds no one by the number of an affiliate of another employer', async () => {
    const [other] = await t.db
      .select({ nationalNumber: affiliates.nationalNumber })
      .from(affiliates)
      .where(and(eq(affiliates.employerId, world.employerId.peeters), isNotNull(affiliates.nationalNumber)))
      .limit(1);
    expect((await search(other!.nationalNumber!)).total).toBe(0);
  });

  it('finds by e-mail address or a fragment of it, in any case', async () => {
    const giulia = ['Giulia François'];
    expect(namesOf(await search('giulia.francois.66@vandamme.be'))).toEqual(giulia);
    expect(namesOf(await search('Francois.66@'))).toEqual(giulia);
    expect(namesOf(await search('GIULIA.FRANCOIS'))).toEqual(giulia);
    expect((await search('@vandamme.be')).total).toBe(await countOf(isNotNull(affiliates.professionalEmail)));
  });

  it('takes % and _ as plain characters, and an empty search as no search', async () => {
    expect((await search('%')).total).toBe(0);
    expect((await search('_')).total).toBe(0);
    expect((await search('%@%')).total).toBe(0);
    expect((await search('   ')).total).toBe(await countOf());
  });
});

describe('GET …/affiliates/:affiliateId', () => {
  it('shows the affiliate with contracts, the formatted number and portal visibility', async () => {
    const affiliate = await detail(prepared.withNumber);
    expect(affiliate).toMatchObject({
      id: prepared.withNumber,
      nationalNumber: NUMBER,
      nationalNumberInfo: {
        formatted: '85.07.30-033.28',
        kind: 'national',
        birthDate: '1985-07-30',
        sex: 'M',
      },
    });
    expect(affiliate.contracts).toHaveLength(1);
    expect(affiliate.contracts[0]).toMatchObject({
      number: expect.stringMatching(/^530\//),
      status: 'active',
      guarantees: expect.objectContaining({ retirementCapital: expect.any(Number) }),
      portalVisibility: { state: 'visible' },
    });
  });

  it('says why the contracts of an affiliate without a number are hidden from the portal', async () => {
    const affiliate = await detail(prepared.withoutNumber);
    expect(affiliate.nationalNumber).toBeNull();
    expect(affiliate.nationalNumberInfo).toBeNull();
    expect(affiliate.contracts.map((contract) => contract.portalVisibility)).toEqual([
      { state: 'hidden', reason: 'no-national-number' },
    ]);
  });

  it('keeps a terminated contract visible for six months after its termination, then hides it', async () => {
    const lately = await detail(prepared.endedLately);
    expect(lately.contracts[0]).toMatchObject({
      status: 'terminated',
      portalVisibility: { state: 'visible-until', until: addMonths(belgianDay(-31), 6) },
    });
    const longAgo = await detail(prepared.endedLongAgo);
    expect(longAgo.contracts[0]!.portalVisibility).toEqual({ state: 'hidden', reason: 'terminated' });
  });

  it('tells whether a private address is known, never the address', async () => {
    const [row] = await t.db
      .select({ id: affiliates.id, privateEmail: affiliates.privateEmail })
      .from(affiliates)
      .where(and(eq(affiliates.employerId, world.employerId.vanDamme), isNotNull(affiliates.privateEmail)))
      .limit(1);
    const response = await hr.get(`${base}/affiliates/${row!.id}`);
    expect(response.json<AffiliateDetail>().privateEmailKnown).toBe(true);
    expect(response.body).not.toContain(row!.privateEmail!);
    const listed = await hr.get(`${base}/affiliates?pageSize=200`);
    expect(listed.body).not.toContain(row!.privateEmail!);
  });

  it('answers 404 for an affiliate that does not exist', async () => {
    expectError(await hr.get(`${base}/affiliates/6f1d3c52-9a7b-4e0f-8c21-3d4e5f6a7b8c`), 404, 'not_found');
  });

  it.each([
    ['a malformed affiliate id', () => `${base}/affiliates/not-a-uuid`, 'affiliateId'],
    ['a malformed employer id', () => `/api/employers/123/affiliates/${prepared.withNumber}`, 'employerId'],
    ['a malformed employer id on the list', () => '/api/employers/123/affiliates', 'employerId'],
    [
      'an SQL fragment as id',
      () => `${base}/affiliates/${encodeURIComponent("1' or '1'='1")}`,
      'affiliateId',
    ],
  ])('answers 400 for %s', async (_case, url, path) => {
    const error = expectError(await hr.get(url()), 400, 'validation_failed');
    expect(error.details).toEqual([expect.objectContaining({ path, code: 'invalid_id' })]);
  });
});
