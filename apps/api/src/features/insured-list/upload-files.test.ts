import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { schema } from '@groupdesk/db';
import { formatNationalNumber } from '@groupdesk/domain';
import { and, eq, isNull, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createUser, loadDemoWorld, type DemoWorld } from '../../../test/fixtures';
import { expectError } from '../../../test/http';
import { columnOf, exportedRows, insuredList, workbookBuffer } from '../../../test/insured-list';
import { type TestApp, createTestApp, login } from '../../../test/test-app';
import { writeZip } from '../../../test/zip-writer';

const { affiliates, affiliateContracts } = schema;

let t: TestApp;
let world: DemoWorld;
let list: ReturnType<typeof insuredList>;
let hr: string;

/** Affiliates of Van Damme without an address yet, the first born in the 2000s (national number 0…). */
async function affiliatesWithoutEmail() {
  const rows = await t.db
    .select({
      id: affiliates.id,
      nationalNumber: affiliates.nationalNumber,
      lastName: affiliates.lastName,
      firstName: affiliates.firstName,
    })
    .from(affiliates)
    .where(and(eq(affiliates.employerId, world.employerId.vanDamme), isNull(affiliates.professionalEmail)))
    .orderBy(affiliates.nationalNumber);
  const withNumber = rows.filter((row) => row.nationalNumber);
  const zero = withNumber.find((row) => row.nationalNumber!.startsWith('0'));
  if (!zero) throw new Error('the seed has no affiliate born in the 2000s without an address');
  return [zero, ...withNumber.filter((row) => row !== zero)];
}

const emailOf = async (id: string) =>
  (
    await t.db.select({ email: affiliates.professionalEmail }).from(affiliates).where(eq(affiliates.id, id))
  )[0]!.email;

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  list = insuredList(t, world.employerId.vanDamme);
  hr = await login(t.app, 'hr@demo.groupdesk.be');
});
afterAll(async () => t.close());

describe('rows are matched by the hidden key, else by national number', () => {
  it('reads a new sheet without the key, with Dutch headers in another order and a number that lost its zero', async () => {
    const [zero, other] = await affiliatesWithoutEmail();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Professioneel e-mailadres', 'Naam', 'Rijksregisternummer / BIS']);
    // Excel turned the typed number into a number: 05011821169 became 5011821169
    sheet.addRow(['Zero.Lost@vandamme.be', zero!.lastName, Number(zero!.nationalNumber)]);
    sheet.addRow(['other@vandamme.be', other!.lastName, formatNationalNumber(other!.nationalNumber!)]);
    sheet.addRow(['nobody@vandamme.be', 'Unknown', '85.07.30-033.28']);
    const action = await list.uploadAndValidate(hr, 'blad1.xlsx', await workbookBuffer(workbook));
    expect(action.status, action.error ?? '').toBe('ready');
    expect(action.counts).toMatchObject({ rows: 3, added: 2, ignored: 1, warnings: 1 });
    const rows = await list.rows(hr, action.id);
    expect(rows[0]).toMatchObject({
      sheetRow: 2,
      outcome: 'added',
      affiliate: { id: zero!.id },
      newEmail: 'zero.lost@vandamme.be',
      messages: [{ code: 'nationalNumber.leadingZero' }],
    });
    expect(rows[2]).toMatchObject({
      sheetRow: 4,
      outcome: 'ignored',
      affiliate: null,
      messages: [{ code: 'row.unknown' }],
    });
  });

  it('ignores, with a warning, the rows outside the contracts of a restricted user', async () => {
    const { workbook, sheet } = await list.exportWorkbook(hr);
    const [link] = await t.db
      .select({ contractId: affiliateContracts.contractId })
      .from(affiliateContracts)
      .where(eq(affiliateContracts.employerId, world.employerId.vanDamme))
      .limit(1);
    const email = 'upload-one-contract@test.groupdesk.be';
    await createUser(t.db, {
      email,
      memberships: [{ employerId: world.employerId.vanDamme, contractIds: [link!.contractId] }],
    });
    const restricted = await login(t.app, email, TEST_PASSWORD);
    for (const row of exportedRows(sheet).filter((r) => r.email === '')) {
      sheet.getRow(row.row).getCell(columnOf(sheet, 'E-mail professionnel')).value =
        `scope.${row.row}@vandamme.be`;
    }
    const action = await list.uploadAndValidate(restricted, 'list.xlsx', await workbookBuffer(workbook));
    const outOfScope = (await list.rows(restricted, action.id, 'warnings')).filter((row) =>
      row.messages.some((m) => m.code === 'row.outOfScope'),
    );
    expect(outOfScope.length).toBeGreaterThan(0);
    expect(outOfScope.every((row) => row.outcome === 'ignored')).toBe(true);
    expect(action.counts.added ?? 0).toBeGreaterThan(0);
    expect(action.counts.added! + action.counts.ignored!).toBeLessThanOrEqual(action.counts.rows!);
  });
});

describe('CSV files', () => {
  it('reads `;` with a BOM (Excel in Belgium), `,` without, and Windows-1252 text', async () => {
    const [first, second, third] = (await affiliatesWithoutEmail()).slice(1);
    const semicolon = `\uFEFFN° national / BIS;Nom;Prénom;E-mail professionnel\r\n${formatNationalNumber(first!.nationalNumber!)};${first!.lastName};${first!.firstName};semi@vandamme.be\r\n`;
    const comma = `Professional e-mail,National / BIS number,Last name\n"comma@vandamme.be","${second!.nationalNumber}","${second!.lastName.replace(/"/g, '""')}"\n`;
    const latin = Buffer.from(
      `N° national / BIS;E-mail professionnel\r\n${third!.nationalNumber};latin@vandamme.be\r\n`,
      'latin1',
    );
    for (const [name, content, address, id] of [
      ['semicolon.csv', Buffer.from(semicolon), 'semi@vandamme.be', first!.id],
      ['comma.csv', Buffer.from(comma), 'comma@vandamme.be', second!.id],
      ['latin.csv', latin, 'latin@vandamme.be', third!.id],
    ] as const) {
      const action = await list.uploadAndValidate(hr, name, content);
      expect(action.status, `${name}: ${action.error}`).toBe('ready');
      expect(action.counts, name).toMatchObject({ rows: 1, added: 1, errors: 0 });
      expect((await list.apply(hr, action.id)).statusCode).toBe(200);
      expect(await emailOf(id)).toBe(address);
    }
  });
});

describe('a workbook re-saved by LibreOffice', () => {
  it('keeps the key column and the stamp, and is read like the original', async () => {
    const { workbook, sheet } = await list.exportWorkbook(hr);
    const blank = exportedRows(sheet)
      .filter((row) => row.email === '')
      .slice(0, 3);
    for (const row of blank)
      sheet.getRow(row.row).getCell(columnOf(sheet, 'E-mail professionnel')).value =
        `libre.${row.row}@vandamme.be`;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'groupdesk-lo-'));
    try {
      await fs.writeFile(path.join(dir, 'in.xlsx'), await workbookBuffer(workbook));
      await fs.mkdir(path.join(dir, 'out'));
      await promisify(execFile)(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          path.join(dir, 'out'),
          path.join(dir, 'in.xlsx'),
        ],
        { timeout: 120_000 },
      );
      const resaved = await fs.readFile(path.join(dir, 'out', 'in.xlsx'));
      const action = await list.uploadAndValidate(hr, 'libreoffice.xlsx', resaved);
      expect(action.status, action.error ?? '').toBe('ready');
      expect(action.counts).toMatchObject({ added: 3, errors: 0, warnings: 0, ignored: 0 });
      const added = await list.rows(hr, action.id, 'changes');
      expect(added.map((row) => row.affiliate?.id).sort()).toEqual(blank.map((row) => row.key).sort());
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('refused files: a clear message and nothing changed', () => {
  const contentTypes = [
    ['[Content_Types].xml', '<Types/>'],
    ['xl/workbook.xml', '<workbook/>'],
  ] as const;

  it('refuses what is not a workbook, whatever its name', async () => {
    expectError(
      await list.upload(hr, 'list.xlsx', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\u0000')),
      415,
      'unsupported_media_type',
    );
    expectError(
      await list.upload(hr, 'list.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      415,
    );
    expectError(
      await list.upload(
        hr,
        'list.xlsx',
        writeZip([{ name: 'word/document.xml', content: Buffer.from('<w/>') }]),
      ),
      415,
    );
    expectError(await list.upload(hr, 'list.csv', Buffer.alloc(0)), 400, 'empty_file');
    // text named like a workbook: the wrong file was picked
    expectError(
      await list.upload(hr, 'list.xlsx', Buffer.from('N° national / BIS;E-mail professionnel\n')),
      415,
    );
  });

  it('refuses a file over 20 MB', async () => {
    const error = expectError(
      await list.upload(hr, 'big.csv', Buffer.alloc(20 * 1024 * 1024 + 1, 'a')),
      413,
      'payload_too_large',
    );
    expect(error.message).toMatch(/20 MB/);
  });

  it('refuses zip bombs from the zip directory, before any reader inflates them', async () => {
    const entries = contentTypes.map(([name, text]) => ({ name, content: Buffer.from(text) }));
    // 50 MB of zeros deflate to about 50 KB: a ratio of 1000:1
    const ratio = writeZip([
      ...entries,
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(50 * 1024 * 1024) },
    ]);
    expectError(await list.upload(hr, 'ratio.xlsx', ratio), 413, 'payload_too_large');
    // a directory that promises 300 MB
    const huge = writeZip([
      ...entries,
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.from('x'), declaredSize: 300 * 1024 * 1024 },
    ]);
    expectError(await list.upload(hr, 'huge.xlsx', huge), 413, 'payload_too_large');
    // a directory that lies: it says 1 KB, the entry inflates to 5 MB
    const liar = writeZip([
      ...entries,
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(5 * 1024 * 1024, 'a'), declaredSize: 1024 },
    ]);
    expectError(await list.upload(hr, 'liar.xlsx', liar), 413, 'payload_too_large');
  });

  it('fails the validation of another employer’s export, of a file without header, and of too many rows', async () => {
    const email = 'upload-two-employers@test.groupdesk.be';
    await createUser(t.db, {
      email,
      memberships: [{ employerId: world.employerId.vanDamme }, { employerId: world.employerId.peeters }],
    });
    const both = await login(t.app, email, TEST_PASSWORD);
    const peeters = insuredList(t, world.employerId.peeters);
    const { raw } = await peeters.exportWorkbook(both);
    const before = await t.db
      .select({ n: affiliates.id })
      .from(affiliates)
      .where(like(affiliates.professionalEmail, '%'));

    const foreign = await list.uploadAndValidate(both, 'peeters.xlsx', raw);
    expect(foreign).toMatchObject({ status: 'failed', error: expect.stringMatching(/another employer/) });

    const noHeader = await list.uploadAndValidate(
      hr,
      'notes.csv',
      Buffer.from('Hello;world\nthis;is not a list\n'),
    );
    expect(noHeader).toMatchObject({ status: 'failed', error: expect.stringMatching(/header/) });

    const lines = ['N° national / BIS;E-mail professionnel'];
    for (let i = 0; i < 300_001; i += 1) lines.push(`${i};`);
    const tooMany = await list.uploadAndValidate(hr, 'many.csv', Buffer.from(lines.join('\n')));
    expect(tooMany).toMatchObject({ status: 'failed', error: expect.stringMatching(/300,000 rows/) });

    const after = await t.db
      .select({ n: affiliates.id })
      .from(affiliates)
      .where(like(affiliates.professionalEmail, '%'));
    expect(after.length).toBe(before.length);
  });
});
