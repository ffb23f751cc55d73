import { schema } from '@groupdesk/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld } from '../../../test/fixtures';
import { columnOf, exportedRows, insuredList, workbookBuffer } from '../../../test/insured-list';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { actions, affiliates, uploadRows } = schema;

let t: TestApp;
let list: ReturnType<typeof insuredList>;
let hr: string;

beforeAll(async () => {
  t = await createTestApp();
  const world = await loadDemoWorld(t.db);
  list = insuredList(t, world.employerId.vanDamme);
  hr = await login(t.app, 'hr@demo.groupdesk.be');
});
afterAll(async () => t?.close());

const emailOf = async (id: string) =>
  (
    await t.db.select({ email: affiliates.professionalEmail }).from(affiliates).where(eq(affiliates.id, id))
  )[0]!.email;

const setInApp = (id: string, email: string) =>
  t.db
    .update(affiliates)
    .set({ professionalEmail: email, professionalEmailChangedAt: new Date() })
    .where(eq(affiliates.id, id));

/**
 * An upload of five addresses for affiliates without one, applied: a, c and d are set (d a conflict the user
 * settles for the file), b is skipped (its address changed after the validation), e's conflict is settled
 * for the address in groupdesk.
 */
let uploads = 0;
async function appliedUpload() {
  uploads += 1;
  const address = (name: string) => `${name}.${uploads}@brasserie-vandamme.be`;
  const { workbook, sheet } = await list.exportWorkbook(hr);
  const [a, b, c, d, e] = exportedRows(sheet).filter((row) => row.email === '');
  const email = columnOf(sheet, 'E-mail professionnel');
  for (const [row, value] of [
    [a!, address('a.file')],
    [b!, address('b.file')],
    [c!, address('c.file')],
    [d!, address('d.file')],
    [e!, address('e.file')],
  ] as const) {
    sheet.getRow(row.row).getCell(email).value = value;
  }
  await setInApp(d!.key, address('d.app'));
  await setInApp(e!.key, address('e.app'));
  const action = await list.uploadAndValidate(hr, 'undo.xlsx', await workbookBuffer(workbook));
  expect(action.counts).toMatchObject({ added: 3, conflicts: 2 });
  await setInApp(b!.key, address('b.meanwhile'));
  const applied = await list.apply(hr, action.id, [
    { sheetRow: d!.row, take: 'file' },
    { sheetRow: e!.row, take: 'app' },
  ]);
  expect(applied.statusCode, applied.body).toBe(200);
  expect(applied.json<{ action: typeof action }>().action.counts).toMatchObject({ applied: 3, skipped: 1 });
  expect(await emailOf(d!.key)).toBe(address('d.file'));
  return { actionId: action.id, address, a: a!, b: b!, c: c!, d: d!, e: e! };
}

/**
 * Someone else gives b and e the addresses of the file (the upload did not set them), then the upload is
 * undone: its counts.
 */
async function undoAfterOthersTookTheFileAddresses(upload: Awaited<ReturnType<typeof appliedUpload>>) {
  await setInApp(upload.b.key, upload.address('b.file'));
  await setInApp(upload.e.key, upload.address('e.file'));
  const undone = await list.undo(hr, upload.actionId);
  expect(undone.statusCode, undone.body).toBe(200);
  return undone.json<{ action: { counts: Record<string, number> } }>().action.counts;
}

describe('undoing an upload', () => {
  it('puts back the addresses it set, and only those: not a row it skipped, nor a conflict kept for groupdesk', async () => {
    const upload = await appliedUpload();
    const { address, a, b, c, d, e } = upload;
    // the addresses others gave b and e after the upload stay
    expect(await undoAfterOthersTookTheFileAddresses(upload)).toMatchObject({ restored: 3, kept: 0 });
    expect(await emailOf(a.key)).toBeNull();
    expect(await emailOf(c.key)).toBeNull();
    expect(await emailOf(d.key)).toBe(address('d.app'));
    expect(await emailOf(b.key)).toBe(address('b.file'));
    expect(await emailOf(e.key)).toBe(address('e.file'));
  });

  it('still undoes an upload applied when each row it set was marked in the preview', async () => {
    const upload = await appliedUpload();
    const { actionId, address, a, b, c, d, e } = upload;
    // what such an apply left: the rows it set marked, with the address each replaced; nothing on the upload
    const [action] = await t.db.select().from(actions).where(eq(actions.id, actionId));
    const { applied: _applied, ...params } = action!.params;
    await t.db.update(actions).set({ params }).where(eq(actions.id, actionId));
    const set = [a, c, d].map((row) => row.row);
    const rows = await t.db
      .select()
      .from(uploadRows)
      .where(and(eq(uploadRows.actionId, actionId), inArray(uploadRows.sheetRow, set)));
    for (const row of rows) {
      await t.db
        .update(uploadRows)
        .set({ appliedAt: action!.appliedAt, previousEmail: row.currentEmail })
        .where(eq(uploadRows.id, row.id));
    }
    expect(await undoAfterOthersTookTheFileAddresses(upload)).toMatchObject({ restored: 3 });
    expect(await emailOf(a.key)).toBeNull();
    expect(await emailOf(d.key)).toBe(address('d.app'));
    expect(await emailOf(b.key)).toBe(address('b.file'));
    expect(await emailOf(e.key)).toBe(address('e.file'));
  });
});
