import { Readable } from 'node:stream';
import { schema } from '@groupdesk/db';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, loadDemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { columnOf, exportedRows, insuredList, workbookBuffer } from '../../../test/insured-list';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, emailOutbox, journalEntries } = schema;

let t: TestApp;
let world: DemoWorld;
let list: ReturnType<typeof insuredList>;
let hr: string;

const emailOf = async (id: string) =>
  (
    await t.db.select({ email: affiliates.professionalEmail }).from(affiliates).where(eq(affiliates.id, id))
  )[0]!.email;

beforeAll(async () => {
  t = await createTestApp({ INVITATION_DELAY: 'P2D' });
  world = await loadDemoWorld(t.db);
  list = insuredList(t, world.employerId.vanDamme);
  hr = await login(t.app, 'hr@demo.groupdesk.be');
});
afterAll(async () => t.close());

describe('the insured-list round trip: export, fill in, upload, preview, apply, undo', () => {
  it('previews every row, applies the valid ones in one go with journal and e-mails, and undoes them', async () => {
    const { workbook, sheet } = await list.exportWorkbook(hr);
    const emailColumn = columnOf(sheet, 'E-mail professionnel');
    const lastNameColumn = columnOf(sheet, 'Nom');
    const rows = exportedRows(sheet);
    const blank = rows.filter((row) => row.email === '');
    const filled = rows.filter((row) => row.email !== '');
    expect(blank.length).toBeGreaterThan(6);
    const [a, b, c, bad, dup1, dup2] = blank;
    const set = (row: number, value: string) => (sheet.getRow(row).getCell(emailColumn).value = value);
    set(a!.row, '  Anna.Added@Brasserie-VanDamme.be ');
    set(b!.row, 'bob.added@brasserie-vandamme.be');
    set(c!.row, `'=carla@brasserie-vandamme.be`);
    set(bad!.row, 'not an address');
    set(dup1!.row, 'shared@brasserie-vandamme.be');
    set(dup2!.row, 'shared@brasserie-vandamme.be');
    set(filled[0]!.row, 'changed.address@brasserie-vandamme.be');
    sheet.getRow(filled[1]!.row).getCell(lastNameColumn).value = 'Renamed By HR';
    const file = await workbookBuffer(workbook);

    const action = await list.uploadAndValidate(hr, 'liste-des-assures.xlsx', file);
    expect(action.status, action.error ?? '').toBe('ready');
    expect(action.counts).toMatchObject({
      rows: rows.length,
      added: 3,
      changed: 1,
      errors: 3,
      conflicts: 0,
      warnings: 1,
      confirmations: 4,
    });
    expect(action.counts.unchanged).toBe(rows.length - 7);
    expect(action.invitationsAt).not.toBeNull();
    expect(action.downloadUrl).toMatch(/\/file$/);

    const errors = await list.rows(hr, action.id, 'errors');
    expect(errors.map((row) => row.sheetRow).sort((x, y) => x - y)).toEqual(
      [bad!.row, dup1!.row, dup2!.row].sort((x, y) => x - y),
    );
    expect(errors.find((row) => row.sheetRow === bad!.row)!.newEmail).toBe('not an address');
    expect(errors.find((row) => row.sheetRow === bad!.row)!.messages).toEqual([
      { code: 'email.invalid', params: { email: 'not an address' } },
    ]);
    expect(errors.find((row) => row.sheetRow === dup1!.row)!.messages).toEqual([
      { code: 'email.duplicateInFile', params: { rows: String(dup2!.row) } },
    ]);
    const changes = await list.rows(hr, action.id, 'changes');
    expect(changes.find((row) => row.sheetRow === a!.row)).toMatchObject({
      outcome: 'added',
      currentEmail: null,
      newEmail: 'anna.added@brasserie-vandamme.be',
      affiliate: { id: a!.key },
    });
    // the quote the export puts before text like a formula is taken off again
    expect(changes.find((row) => row.sheetRow === c!.row)!.newEmail).toBe('=carla@brasserie-vandamme.be');
    expect(changes.find((row) => row.outcome === 'changed')).toMatchObject({
      sheetRow: filled[0]!.row,
      currentEmail: filled[0]!.email,
      newEmail: 'changed.address@brasserie-vandamme.be',
    });
    const [warning] = await list.rows(hr, action.id, 'warnings');
    expect(warning).toMatchObject({
      sheetRow: filled[1]!.row,
      outcome: 'unchanged',
      messages: [{ code: 'row.protectedEdited', params: { columns: 'Nom' } }],
    });
    // nothing is applied before the user confirms
    expect(await emailOf(a!.key)).toBeNull();

    const applied = await list.apply(hr, action.id);
    expect(applied.statusCode, applied.body).toBe(200);
    const after = applied.json<{ action: typeof action }>().action;
    expect(after.status).toBe('applied');
    expect(after.counts).toMatchObject({ applied: 4, skipped: 0, confirmations: 4 });
    expect(after.undoUntil).not.toBeNull();
    expect(await emailOf(a!.key)).toBe('anna.added@brasserie-vandamme.be');
    expect(await emailOf(filled[0]!.key)).toBe('changed.address@brasserie-vandamme.be');
    expect(await emailOf(bad!.key)).toBeNull();

    const journal = await t.db.select().from(journalEntries).where(eq(journalEntries.actionId, action.id));
    const changed = journal.filter((entry) => entry.kind === 'affiliate.updated');
    expect(changed).toHaveLength(4);
    expect(changed.find((entry) => entry.affiliateId === filled[0]!.key)).toMatchObject({
      before: { professionalEmail: filled[0]!.email },
      after: { professionalEmail: 'changed.address@brasserie-vandamme.be' },
    });
    expect(journal.some((entry) => entry.kind === 'insured-list.applied')).toBe(true);

    const emails = await t.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.cause, `upload:${action.id}`));
    const confirmations = emails.filter((email) => email.kind === 'confirmation');
    const invitations = emails.filter((email) => email.kind === 'invitation');
    expect(confirmations).toHaveLength(4);
    expect(confirmations.map((email) => email.recipient)).toContain('anna.added@brasserie-vandamme.be');
    expect(invitations).toHaveLength(after.counts.invitations!);
    expect(invitations.length).toBeGreaterThan(0);
    for (const invitation of invitations) {
      expect(invitation.dueAt.getTime() - Date.now()).toBeGreaterThan(2 * 86_400_000 - 120_000);
    }

    // a second click changes nothing more
    expectError(await list.apply(hr, action.id), 409, 'not_ready');

    // the same file again changes nothing
    const again = await list.uploadAndValidate(hr, 'liste-des-assures.xlsx', file);
    expect(again.counts).toMatchObject({ added: 0, changed: 0, errors: 3 });

    // the report: the user's sheet with the messages
    const report = await client(t.app, hr).get(action.downloadUrl!);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-disposition']).toMatch(/rapport\.xlsx/);
    const reportBook = new ExcelJS.Workbook();
    await reportBook.xlsx.read(Readable.from([report.rawPayload]));
    const reportSheet = reportBook.worksheets[0]!;
    const header = reportSheet.getRow(1).values as unknown[];
    expect(header.slice(-2)).toEqual(['Résultat', 'Messages']);
    const width = header.length - 1;
    expect(reportSheet.getRow(bad!.row).getCell(width - 1).value).toBe('Erreur');
    expect(reportSheet.getRow(bad!.row).getCell(width).value).toMatch(
      /^Adresse e-mail non valide : not an address/,
    );
    expect(reportSheet.getRow(a!.row).getCell(width - 1).value).toBe('Ajoutée');
    expect(reportSheet.getRow(a!.row).getCell(columnOf(sheet, 'Clé groupdesk')).value).toBe(a!.key);

    // undo puts the previous addresses back and cancels what was not sent yet
    const undone = await list.undo(hr, action.id);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json<{ action: typeof action }>().action).toMatchObject({
      status: 'undone',
      counts: { restored: 4, kept: 0 },
    });
    expect(await emailOf(a!.key)).toBeNull();
    expect(await emailOf(filled[0]!.key)).toBe(filled[0]!.email);
    const left = await t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.cause, `upload:${action.id}`), eq(emailOutbox.status, 'scheduled')));
    expect(left).toHaveLength(0);
    expectError(await list.undo(hr, action.id), 409);
  });

  it('flags an address changed in the app after the export as a conflict the user settles', async () => {
    const { workbook, sheet } = await list.exportWorkbook(hr);
    const [row] = exportedRows(sheet).filter((r) => r.email === '');
    const patched = await client(t.app, hr).send({
      method: 'PATCH',
      url: `${list.base}/affiliates/${row!.key}`,
      headers: { 'content-type': 'application/json' },
      payload: { professionalEmail: 'set.in.app@brasserie-vandamme.be' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    sheet.getRow(row!.row).getCell(columnOf(sheet, 'E-mail professionnel')).value =
      'from.file@brasserie-vandamme.be';
    const action = await list.uploadAndValidate(hr, 'list.xlsx', await workbookBuffer(workbook));
    expect(action.counts).toMatchObject({ conflicts: 1, added: 0, changed: 0 });
    const [conflict] = await list.rows(hr, action.id, 'conflicts');
    expect(conflict).toMatchObject({
      sheetRow: row!.row,
      currentEmail: 'set.in.app@brasserie-vandamme.be',
      newEmail: 'from.file@brasserie-vandamme.be',
      messages: [{ code: 'email.changedSinceExport' }],
    });
    const refused = expectError(await list.apply(hr, action.id), 409, 'conflicts_unresolved');
    expect(refused.details).toEqual([expect.objectContaining({ path: `rows.${row!.row}` })]);
    const applied = await list.apply(hr, action.id, [{ sheetRow: row!.row, take: 'file' }]);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(await emailOf(row!.key)).toBe('from.file@brasserie-vandamme.be');
  });

  it('is refused to a read-only user', async () => {
    const viewer = await login(t.app, 'viewer@demo.groupdesk.be');
    expectError(await list.upload(viewer, 'x.csv', Buffer.from('a;b\n')), 403);
  });
});

describe('outcomes land where the preview said', () => {
  it('skips, on apply, a row whose address changed after the validation', async () => {
    const { workbook, sheet } = await list.exportWorkbook(hr);
    const [row] = exportedRows(sheet).filter((r) => r.email === '');
    sheet.getRow(row!.row).getCell(columnOf(sheet, 'E-mail professionnel')).value =
      'late@brasserie-vandamme.be';
    const action = await list.uploadAndValidate(hr, 'list.xlsx', await workbookBuffer(workbook));
    expect(action.counts.added).toBe(1);
    await t.db
      .update(affiliates)
      .set({ professionalEmail: 'meanwhile@brasserie-vandamme.be' })
      .where(eq(affiliates.id, row!.key));
    const applied = await list.apply(hr, action.id);
    expect(applied.json<{ action: { counts: Record<string, number> } }>().action.counts).toMatchObject({
      applied: 0,
      skipped: 1,
    });
    expect(await emailOf(row!.key)).toBe('meanwhile@brasserie-vandamme.be');
    const emails = await t.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.cause, `upload:${action.id}`));
    expect(emails).toHaveLength(0);
  });
});
