import { Readable } from 'node:stream';
import type { ActionResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { and, count, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createUser, loadDemoWorld, type DemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login, waitForAction } from '../../../test/test-app';

const { affiliates, affiliateContracts, users } = schema;

let t: TestApp;
let world: DemoWorld;
let base: string;
let injectedId: string;

const post = (cookie: string, url: string) =>
  t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/json' }, payload: {} });

async function exportAs(cookie: string) {
  const response = await post(cookie, `${base}/insured-list/exports`);
  expect(response.statusCode, response.body).toBe(202);
  const { action } = response.json<ActionResponse>();
  expect(action.status).toBe('queued');
  const done = await waitForAction(t.db, action.id);
  expect(done.status, done.error ?? '').toBe('ready');
  const file = await client(t.app, cookie).get(`${base}/actions/${action.id}/file`);
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-disposition']).toMatch(/liste-des-assures|insured-list/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from([file.rawPayload]));
  return { action: done, workbook, sheet: workbook.worksheets[0]! };
}

/** Each affiliate's key and contract numbers as SQL orders and joins them: what the sheet's rows must hold. */
const expectedRows = async (contractId?: string) => {
  const result = await t.db.execute<{ id: string; contracts: string }>(sql`
    select a.id, string_agg(gc.number, ', ' order by gc.number) as contracts
    from affiliates a
    join affiliate_contracts ac on ac.affiliate_id = a.id
    join group_contracts gc on gc.id = ac.contract_id
    where a.employer_id = ${world.employerId.vanDamme}
      and (${contractId ?? null}::uuid is null or ac.contract_id = ${contractId ?? null}::uuid)
    group by a.id, a.last_name, a.first_name
    order by a.last_name, a.first_name, a.id`);
  return result.rows.map((row) => [row.id, row.contracts]);
};
const sheetRows = (sheet: ExcelJS.Worksheet) => {
  const rows = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    rows.push([row.getCell(10).value, row.getCell(1).value]);
  }
  return rows;
};

const inScope = async (contractId?: string) => {
  const [row] = await t.db
    .select({ n: count() })
    .from(affiliates)
    .where(
      and(
        eq(affiliates.employerId, world.employerId.vanDamme),
        contractId
          ? sql`exists (select 1 from ${affiliateContracts} where ${affiliateContracts.affiliateId} = ${affiliates.id} and ${affiliateContracts.contractId} = ${contractId})`
          : undefined,
      ),
    );
  return row!.n;
};

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  base = `/api/employers/${world.employerId.vanDamme}`;
  const [someone] = await t.db
    .select({ id: affiliates.id })
    .from(affiliates)
    .where(eq(affiliates.employerId, world.employerId.vanDamme))
    .limit(1);
  injectedId = someone!.id;
  await t.db
    .update(affiliates)
    .set({ lastName: '=HYPERLINK("x")', firstName: '@SUM(1)' })
    .where(eq(affiliates.id, injectedId));
});
afterAll(async () => t.close());

describe('POST /employers/:employerId/insured-list/exports', () => {
  it('answers 202 at once, and the job writes the workbook in French with one row per affiliate', async () => {
    const { action, workbook, sheet } = await exportAs(await login(t.app, 'hr@demo.groupdesk.be'));
    const total = await inScope();
    expect(action.counts).toEqual({ rows: total });
    expect(action.progress).toBe(100);
    expect(action.fileName).toMatch(/^liste-des-assures-brasserie-van-damme-sa-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(action.expiresAt!.getTime() - action.finishedAt!.getTime()).toBeGreaterThan(6.9 * 86_400_000);

    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'N° de contrat',
      'N° national / BIS',
      'Nom',
      'Prénom',
      'Date de naissance',
      'Langue',
      'En service / sorti',
      'E-mail professionnel',
      'E-mail privé connu',
      'Clé groupdesk',
    ]);
    expect(sheet.rowCount).toBe(total + 1);
    // by name, each with all of their contracts in order; some hold two
    const expected = await expectedRows();
    expect(sheetRows(sheet)).toEqual(expected);
    expect(expected.some(([, contracts]) => contracts!.includes(', '))).toBe(true);

    // national numbers are text, formatted YY.MM.DD-SSS.CC
    const numbers = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const cell = sheet.getRow(r).getCell(2);
      if (cell.value) numbers.push(cell.value);
    }
    expect(numbers.length).toBeGreaterThan(0);
    for (const value of numbers) expect(value).toMatch(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/);

    // the affiliate named like a formula stays text
    const keys = sheet.getColumn(10);
    expect(keys.hidden).toBe(true);
    let injectedRow: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(10).value === injectedId) injectedRow = row;
    });
    expect(injectedRow).toBeDefined();
    expect(injectedRow!.getCell(3).value).toBe(`'=HYPERLINK("x")`);
    expect(injectedRow!.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(injectedRow!.getCell(4).value).toBe(`'@SUM(1)`);

    // protection: every column but the e-mail is locked; the e-mail has a rule and a note
    // exceljs reads the protection back but does not type it
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect(injectedRow!.getCell(8).protection).toMatchObject({ locked: false });
    expect(injectedRow!.getCell(3).protection?.locked).not.toBe(false);
    expect(injectedRow!.getCell(8).dataValidation).toMatchObject({
      type: 'textLength',
      operator: 'lessThanOrEqual',
    });
    expect(JSON.stringify(sheet.getRow(1).getCell(8).note)).toMatch(/Seule colonne/);

    const about = workbook.getWorksheet('groupdesk')!;
    expect(about.state).toBe('hidden');
    const meta = Object.fromEntries(
      about
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1)),
    );
    expect(meta).toMatchObject({ employerId: world.employerId.vanDamme, exportId: action.id });
    expect(new Date(meta.exportedAt as string).getTime()).toBeGreaterThan(0);
  });

  it('writes the headers in the user language (English for German speakers)', async () => {
    const email = 'export-de@test.groupdesk.be';
    await createUser(t.db, { email, memberships: [{ employerId: world.employerId.vanDamme }] });
    await t.db.update(users).set({ language: 'de' }).where(eq(users.email, email));
    const { action, sheet } = await exportAs(await login(t.app, email, TEST_PASSWORD));
    expect(action.fileName).toMatch(/^insured-list-/);
    expect(sheet.getRow(1).getCell(2).value).toBe('National / BIS number');
    expect(sheet.getRow(1).getCell(8).value).toBe('Professional e-mail');
  });

  it('holds only the affiliates of the contracts a restricted user may see', async () => {
    const [link] = await t.db
      .select({ contractId: affiliateContracts.contractId })
      .from(affiliateContracts)
      .where(eq(affiliateContracts.employerId, world.employerId.vanDamme))
      .limit(1);
    const contractId = link!.contractId;
    const email = 'export-one-contract@test.groupdesk.be';
    await createUser(t.db, {
      email,
      memberships: [{ employerId: world.employerId.vanDamme, contractIds: [contractId] }],
    });
    const { action, sheet } = await exportAs(await login(t.app, email, TEST_PASSWORD));
    const expected = await inScope(contractId);
    expect(expected).toBeGreaterThan(0);
    expect(action.counts).toEqual({ rows: expected });
    expect(expected).toBeLessThan(await inScope());
    // the contract column names only that contract, even for affiliates who have others
    expect(sheetRows(sheet)).toEqual(await expectedRows(contractId));
  });

  it('is refused to a read-only user (403) and to a user of another employer (404)', async () => {
    expectError(
      await post(await login(t.app, 'viewer@demo.groupdesk.be'), `${base}/insured-list/exports`),
      403,
    );
    const email = 'export-other@test.groupdesk.be';
    await createUser(t.db, { email, memberships: [{ employerId: world.employerId.peeters }] });
    expectError(await post(await login(t.app, email, TEST_PASSWORD), `${base}/insured-list/exports`), 404);
  });
});
