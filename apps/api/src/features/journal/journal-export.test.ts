import type { JournalListResponse } from '@groupdesk/contracts';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, TEST_PASSWORD, createUser, loadDemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

let t: TestApp;
let world: DemoWorld;
let inScope: string;
let outOfScope: string;

const affiliateIn = (inContract: boolean) =>
  t.db
    .execute<{ id: string }>(
      sql`select a.id from affiliates a where a.employer_id = ${world.employerId.vanDamme}
        and ${inContract ? sql`` : sql`not`} exists (select 1 from affiliate_contracts ac
          where ac.affiliate_id = a.id and ac.contract_id = ${world.contractId['530/00413']!})
        order by a.id limit 1`,
    )
    .then((result) => result.rows[0]!.id);

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  inScope = await affiliateIn(true);
  outOfScope = await affiliateIn(false);
  await createUser(t.db, {
    email: 'restricted@vandamme.test',
    memberships: [
      {
        employerId: world.employerId.vanDamme,
        profile: 'read',
        contractIds: [world.contractId['530/00413']!],
      },
    ],
  });
  // 2,500 changes, more than one batch of the export; in July (summer time) and January (winter time)
  await t.db
    .execute(sql`insert into journal_entries (employer_id, at, actor_kind, kind, affiliate_id, before, after)
    select ${world.employerId.vanDamme}::uuid,
      case when n % 2 = 0 then timestamptz '2026-07-01 10:00:00+00' else timestamptz '2026-01-10 10:00:00+00' end
        + n * interval '1 second',
      'service', 'affiliate.updated', case when n % 5 = 0 then ${outOfScope}::uuid else ${inScope}::uuid end,
      jsonb_build_object('professionalEmail', null), jsonb_build_object('professionalEmail', 'a' || n || '@x.be')
    from generate_series(1, 2500) as n`);
});
afterAll(async () => {
  await t?.close();
});

async function download(cookie: string, query: string) {
  const response = await client(t.app, cookie).get(
    `/api/employers/${world.employerId.vanDamme}/journal/export?${query}`,
  );
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  expect(response.headers['cache-control']).toBe('no-store');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return { response, sheet: workbook.worksheets[0]! };
}

describe('GET /api/employers/:employerId/journal/export', () => {
  it('writes every entry of the filter in the order of the page, in the user’s language', async () => {
    const cookie = await login(t.app, 'hr@demo.groupdesk.be');
    const { response, sheet } = await download(cookie, 'kind=affiliate.updated&sort=at');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename\*=UTF-8''journal-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    expect(sheet.name).toBe('Journal');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Date et heure',
      'Action',
      'Code',
      'Par',
      'Affilié',
      'N° national / BIS',
      'Utilisateur concerné',
      'Avant',
      'Après',
    ]);
    expect(sheet.rowCount - 1).toBe(2_500);

    // the first page of the same listing shows the same entries in the same order
    const page = (
      await client(t.app, cookie).get(
        `/api/employers/${world.employerId.vanDamme}/journal?kind=affiliate.updated&sort=at&pageSize=3`,
      )
    ).json<JournalListResponse>();
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe("Données de l'affilié modifiées");
    expect(first.getCell(3).value).toBe('affiliate.updated');
    expect(first.getCell(4).value).toBe('Service (portail, back-office)');
    expect(first.getCell(6).value).toBe(page.items[0]!.affiliate!.nationalNumber);
    expect(first.getCell(9).text).toBe(
      `E-mail professionnel : ${page.items[0]!.after!.professionalEmail as string}`,
    );

    // Brussels wall-clock time, winter (UTC+1) and summer (UTC+2): 10:00:01 UTC is 11:00:01, then 12:00:02
    const time = (row: number) => (sheet.getRow(row).getCell(1).value as Date).toISOString();
    expect(time(2)).toBe('2026-01-10T11:00:01.000Z');
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    expect(time(1_252)).toBe('2026-07-01T12:00:02.000Z');
  });

  it('writes before and after as the journal page reads them: a labelled line per field', async () => {
    // an exit as exit-service writes it, plus a field this version does not know
    await t.db
      .execute(sql`insert into journal_entries (employer_id, actor_kind, kind, affiliate_id, before, after)
      values (${world.employerId.vanDamme}, 'service', 'affiliate.exit', ${inScope},
        ${JSON.stringify({
          employmentStatus: 'in-service',
          leftOn: null,
          contracts: [{ number: '530/00413', status: 'active', annualPremium: 1250.5 }],
        })}::jsonb,
        ${JSON.stringify({
          employmentStatus: 'left',
          leftOn: '2026-03-31',
          contracts: [{ number: '530/00413', status: 'passive', annualPremium: null }],
          somethingNew: { a: 1 },
        })}::jsonb)`);
    const cookie = await login(t.app, 'hr@demo.groupdesk.be');
    const { sheet } = await download(cookie, 'kind=affiliate.exit');
    expect(sheet.rowCount - 1).toBe(1);
    const exit = sheet.getRow(2);
    // jsonb keeps the fields in its own order (the page's too): each field's lines compared, in any order
    const fieldsOf = (text: string) => text.split(/\n(?! )/).sort();
    // 1 250,50 € in French, with Intl's narrow no-break spaces
    const premium = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(1250.5);
    const before = exit.getCell(8).text;
    expect(fieldsOf(before)).toEqual(
      [
        'Situation : En service',
        'Date de sortie : —',
        `Contrats :\n  530/00413 — Statut : Active, Prime annuelle : ${premium}`,
      ].sort(),
    );
    expect(before).not.toContain('{');
    const after = fieldsOf(exit.getCell(9).text);
    expect(after).toEqual(
      [
        'Situation : Sorti',
        'Date de sortie : 31/03/2026',
        'Contrats :\n  530/00413 — Statut : Passive, Prime annuelle : —',
        // a field this version does not know keeps its JSON
        'somethingNew : {"a":1}',
      ].sort(),
    );
    expect(after.filter((field) => field.includes('{'))).toEqual(['somethingNew : {"a":1}']);
    // the lines show in Excel only in a wrapped cell
    expect(exit.getCell(9).alignment).toMatchObject({ wrapText: true });
  });

  it('leaves out for a user limited to some contracts the entries about affiliates outside them', async () => {
    const cookie = await login(t.app, 'restricted@vandamme.test', TEST_PASSWORD);
    const { sheet } = await download(cookie, 'kind=affiliate.updated');
    expect(sheet.rowCount - 1).toBe(2_000);
    // newest first by default
    const first = (sheet.getRow(2).getCell(1).value as Date).getTime();
    const last = (sheet.getRow(2_001).getCell(1).value as Date).getTime();
    expect(first).toBeGreaterThan(last);
  });

  it('is itself journaled, with its filters, for every user', async () => {
    const cookie = await login(t.app, 'am@insurer.groupdesk.be');
    await download(cookie, 'search=nobody-matches-this&from=2026-01-01');
    const result = await t.db.execute<{ after: Record<string, unknown>; name: string }>(sql`
      select j.after, u.name from journal_entries j join users u on u.id = j.actor_user_id
      where j.kind = 'journal.exported' order by j.id desc limit 1`);
    expect(result.rows[0]).toEqual({
      name: 'Alex Manager',
      after: { search: 'nobody-matches-this', from: '2026-01-01', sort: '-at', language: 'en' },
    });
  });

  it('refuses a malformed filter before writing anything', async () => {
    const cookie = await login(t.app, 'hr@demo.groupdesk.be');
    expectError(
      await client(t.app, cookie).get(
        `/api/employers/${world.employerId.vanDamme}/journal/export?to=tomorrow`,
      ),
      400,
      'validation_failed',
    );
  });
});
