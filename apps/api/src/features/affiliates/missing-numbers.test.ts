import type { AffiliateDetail, AffiliateListResponse, EmployerSummary } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { addMonths, makeNationalNumber } from '@groupdesk/domain';
import ExcelJS from 'exceljs';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createUser, loadDemoWorld, belgianDay } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, affiliateContracts, journalEntries } = schema;

let t: TestApp;
let employerId: string;
let hr: ReturnType<typeof client>;
/** without a number: one whose contract ended five months ago (still counts), one eight months ago (does not) */
const prepared = {} as Record<'endedLately' | 'endedLongAgo', string>;

const base = () => `/api/employers/${employerId}`;
const missingList = async (as = hr) => {
  const response = await as.get(`${base()}/affiliates?missing=nationalNumber&pageSize=200`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AffiliateListResponse>();
};
const summaryOf = async (as = hr) => {
  const items = (await as.get('/api/employers')).json<{ items: EmployerSummary[] }>().items;
  return items.find((item) => item.id === employerId)!;
};
async function reportRows(as = hr, ofEmployer = employerId) {
  const response = await as.get(`/api/employers/${ofEmployer}/reports/missing-national-numbers`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''.+\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  // dates come back as Date objects, the rest as text
  const text = (value: unknown) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : '';
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(text)));
  return { name: sheet.name, header: rows[0]!, rows: rows.slice(1) };
}

beforeAll(async () => {
  t = await createTestApp();
  const world = await loadDemoWorld(t.db);
  employerId = world.employerId.lumiere;
  hr = client(t.app, await login(t.app, 'master@demo.groupdesk.be'));
  // a few more without a number on each contract than the seed has
  const contracts = await t.db
    .select({ id: schema.groupContracts.id })
    .from(schema.groupContracts)
    .where(eq(schema.groupContracts.employerId, employerId));
  for (const contract of contracts) {
    const numbered = await t.db
      .select({ id: affiliates.id })
      .from(affiliates)
      .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
      .where(
        and(
          eq(affiliateContracts.contractId, contract.id),
          eq(affiliateContracts.status, 'active'),
          isNotNull(affiliates.nationalNumber),
        ),
      )
      .orderBy(affiliates.id)
      .limit(3);
    await t.db
      .update(affiliates)
      .set({ nationalNumber: null, nationalNumberKind: null, nationalNumberSince: null })
      .where(
        inArray(
          affiliates.id,
          numbered.map((row) => row.id),
        ),
      );
  }
  // two affiliates without a number and with one contract, ended a while ago
  const rows = await t.db
    .select({ id: affiliates.id })
    .from(affiliates)
    .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
    .where(and(eq(affiliates.employerId, employerId), isNull(affiliates.nationalNumber)))
    .groupBy(affiliates.id)
    .having(sql`count(*) = 1`)
    .orderBy(affiliates.id)
    .limit(2);
  [prepared.endedLately, prepared.endedLongAgo] = rows.map((row) => row.id) as [string, string];
  for (const [affiliateId, months] of [
    [prepared.endedLately, -5],
    [prepared.endedLongAgo, -8],
  ] as const) {
    await t.db
      .update(affiliateContracts)
      .set({
        status: 'terminated',
        terminationDate: addMonths(belgianDay(0), months),
        reserves: 0,
        annualPremium: null,
      })
      .where(eq(affiliateContracts.affiliateId, affiliateId));
  }
});
afterAll(async () => {
  await t?.close();
});

describe('the missing-numbers report', () => {
  it('lists the affiliates without a number whose contracts a number would make visible', async () => {
    const { items, total } = await missingList();
    expect(total).toBeGreaterThan(2);
    expect(items.every((item) => item.nationalNumber === null)).toBe(true);
    const ids = items.map((item) => item.id);
    // terminated five months ago: still visible for a month once the number is in
    expect(ids).toContain(prepared.endedLately);
    // terminated eight months ago: hidden whatever the number, so nothing to do
    expect(ids).not.toContain(prepared.endedLongAgo);
    const hidden = await hr.get(`${base()}/affiliates/${prepared.endedLongAgo}`);
    expect(hidden.json<AffiliateDetail>().contracts[0]!.portalVisibility).toEqual({
      state: 'hidden',
      reason: 'terminated',
    });
  });

  it("counts them on the employer's home page", async () => {
    const { total } = await missingList();
    expect((await summaryOf()).missingNationalNumberCount).toBe(total);
  });

  it('exports them to xlsx in the user language, one row each, and journals the export', async () => {
    const { items, total } = await missingList();
    const report = await reportRows();
    expect(report.name).toBe('Numéros manquants');
    expect(report.header).toEqual([
      'Nom',
      'Prénom',
      'Date de naissance',
      'Statut',
      'Contrats invisibles',
      "Date d'affiliation",
      'E-mail professionnel',
      'N° national / BIS',
    ]);
    expect(report.rows).toHaveLength(total);
    expect(report.rows.map((row) => `${row[0]} ${row[1]}`).sort()).toEqual(
      items.map((item) => `${item.lastName} ${item.firstName}`).sort(),
    );
    expect(report.rows.every((row) => /^530\//.test(row[4]!))).toBe(true);

    const entries = await t.db
      .select()
      .from(journalEntries)
      .where(
        and(
          eq(journalEntries.employerId, employerId),
          eq(journalEntries.kind, 'report.missing-national-numbers'),
        ),
      );
    expect(entries).toHaveLength(1);
  });

  it('names in the row only the contracts a number would make visible, with the date of the first', async () => {
    const world = await loadDemoWorld(t.db);
    const vanDamme = world.employerId.vanDamme;
    const [two] = await t.db
      .select({ id: affiliates.id, lastName: affiliates.lastName, firstName: affiliates.firstName })
      .from(affiliates)
      .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
      .where(and(eq(affiliates.employerId, vanDamme), isNotNull(affiliates.nationalNumber)))
      .groupBy(affiliates.id)
      .having(sql`count(*) = 2 and bool_and(${affiliateContracts.status} = 'active')`)
      .orderBy(affiliates.id)
      .limit(1);
    if (!two) throw new Error('no Van Damme affiliate with two active affiliations in the seed');
    const links = await t.db
      .select({ id: affiliateContracts.id, number: schema.groupContracts.number })
      .from(affiliateContracts)
      .innerJoin(schema.groupContracts, eq(schema.groupContracts.id, affiliateContracts.contractId))
      .where(eq(affiliateContracts.affiliateId, two.id))
      .orderBy(schema.groupContracts.number);
    const [visible, ended] = links as [(typeof links)[0], (typeof links)[0]];
    await t.db
      .update(affiliates)
      .set({ nationalNumber: null, nationalNumberKind: null, nationalNumberSince: null })
      .where(eq(affiliates.id, two.id));
    // the long-terminated one began earlier: a row that took it in would show its number and its date
    await t.db
      .update(affiliateContracts)
      .set({ affiliationDate: '2016-09-01' })
      .where(eq(affiliateContracts.id, visible.id));
    await t.db
      .update(affiliateContracts)
      .set({
        status: 'terminated',
        affiliationDate: '2003-02-01',
        terminationDate: addMonths(belgianDay(0), -8),
        reserves: 0,
        annualPremium: null,
      })
      .where(eq(affiliateContracts.id, ended.id));

    const report = await reportRows(hr, vanDamme);
    const rows = report.rows.filter((row) => row[0] === two.lastName && row[1] === two.firstName);
    expect(rows).toHaveLength(1);
    expect(rows[0]![4]).toBe(visible.number);
    expect(rows[0]![5]).toBe('2016-09-01');
  });

  it('drops an affiliate from the report once the number is added, and from the count', async () => {
    const before = await missingList();
    const target = before.items.find((item) => item.id !== prepared.endedLately && item.birthDate !== null)!;
    const affiliate = (await hr.get(`${base()}/affiliates/${target.id}`)).json<AffiliateDetail>();
    const number = makeNationalNumber({
      birthDate: affiliate.birthDate!,
      sequence: affiliate.sex === 'M' ? 997 : 998,
    });
    const saved = await hr.patch(`${base()}/affiliates/${target.id}`, { nationalNumber: number });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await missingList();
    expect(after.total).toBe(before.total - 1);
    expect((await summaryOf()).missingNationalNumberCount).toBe(before.total - 1);
    expect((await reportRows()).rows).toHaveLength(before.total - 1);
  });

  it("shows a user limited to one contract that contract's affiliates only", async () => {
    const world = await loadDemoWorld(t.db);
    const vanDamme = world.employerId.vanDamme;
    await createUser(t.db, {
      email: 'one-contract@vandamme.test',
      memberships: [{ employerId: vanDamme, profile: 'read', contractIds: [world.contractId['530/00413']!] }],
    });
    // two more without a number on the other contract only
    const others = await t.db
      .select({ id: affiliates.id })
      .from(affiliates)
      .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
      .where(and(eq(affiliates.employerId, vanDamme), isNotNull(affiliates.nationalNumber)))
      .groupBy(affiliates.id)
      .having(
        sql`bool_and(${affiliateContracts.contractId} = ${world.contractId['530/00412']!}::uuid and ${affiliateContracts.status} = 'active')`,
      )
      .limit(2);
    await t.db
      .update(affiliates)
      .set({ nationalNumber: null, nationalNumberKind: null, nationalNumberSince: null })
      .where(
        inArray(
          affiliates.id,
          others.map((row) => row.id),
        ),
      );
    const limited = client(t.app, await login(t.app, 'one-contract@vandamme.test', TEST_PASSWORD));
    const totalOf = async (as: typeof hr) =>
      (
        await as.get(`/api/employers/${vanDamme}/affiliates?missing=nationalNumber&pageSize=1`)
      ).json<AffiliateListResponse>().total;
    const mine = await totalOf(limited);
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThan(await totalOf(hr));
    const summary = (await limited.get('/api/employers')).json<{ items: EmployerSummary[] }>().items[0]!;
    expect(summary.missingNationalNumberCount).toBe(mine);
    const report = await reportRows(limited, vanDamme);
    expect(report.rows).toHaveLength(mine);
    expect(report.rows.every((row) => row[4] === '530/00413')).toBe(true);
  });

  it('answers 401 without a session and 404 for an employer the user cannot see', async () => {
    expectError(await client(t.app).get(`${base()}/reports/missing-national-numbers`), 401);
    const { employerId: demo } = await loadDemoWorld(t.db);
    await createUser(t.db, { email: 'outsider@elsewhere.test', memberships: [{ employerId: demo.peeters }] });
    const stranger = client(t.app, await login(t.app, 'outsider@elsewhere.test', TEST_PASSWORD));
    expectError(await stranger.get(`${base()}/reports/missing-national-numbers`), 404);
  });
});
