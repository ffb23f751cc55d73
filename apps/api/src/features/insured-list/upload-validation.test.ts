import type { UploadRowMessage, UploadRowOutcome } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld } from '../../../test/fixtures';
import { type TestApp, createTestApp } from '../../../test/test-app';
import { type TestAffiliate, addUploadAffiliates, exportedAt } from '../../../test/upload-affiliates';
import type { EmployerAccessContext } from '../access/employer-access';
import { nationalNumberOf, withoutFormulaGuard } from './upload-cells';
import type { HeaderMap } from './upload-headers';
import type { UploadedRow } from './upload-parse';
import { uploadStaging } from './upload-staging';
import { type UploadCounts, validateStagedUpload } from './upload-validation';

let t: TestApp;
let ids: Record<TestAffiliate, string>;
let access: EmployerAccessContext;
let actionId: string;

beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
  const world = await loadDemoWorld(t.db);
  const employerId = world.employerId.lumiere;
  ({ ids, limitedAccess: access } = await addUploadAffiliates(t.db, employerId));
  const [user] = await t.db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, 'hr@demo.groupdesk.be'));
  const [action] = await t.db
    .insert(schema.actions)
    .values({ employerId, kind: 'insured-list.upload', requestedBy: user!.id })
    .returning({ id: schema.actions.id });
  actionId = action!.id;
});
afterAll(async () => t?.close());

/**
 * A row naming an affiliate by its key: a test affiliate's name (its id is put in when the row is validated,
 * once the affiliates exist), or any text for a key that names nobody.
 */
function row(sheetRow: number, key: string, email: string, cells: Partial<UploadedRow> = {}): UploadedRow {
  return {
    sheetRow,
    key,
    nationalNumber: null,
    lastName: null,
    firstName: null,
    birthDate: null,
    email,
    ...cells,
  };
}

const header: HeaderMap = {
  columns: {},
  labels: { lastName: 'Nom', birthDate: 'Date de naissance' },
  language: 'fr',
};

// a type rather than an interface: the driver's rows are records
type PreviewRow = {
  outcome: UploadRowOutcome;
  newEmail: string | null;
  messages: UploadRowMessage[];
};

class Rollback extends Error {}

/**
 * Validates rows as the job does (staged, checked and stored by the database), in a transaction rolled back
 * after: the preview rows by sheet row (a row stored without anything to say is unchanged) and the counts.
 */
async function validate(rows: UploadedRow[]) {
  let result: { rows: PreviewRow[]; counts: UploadCounts } | undefined;
  await t.db
    .transaction(async (tx) => {
      const staging = await uploadStaging(tx, access);
      for (const uploaded of rows) {
        const key = uploaded.key in ids ? ids[uploaded.key as TestAffiliate] : uploaded.key;
        await staging.add({ ...uploaded, key }, header);
      }
      await staging.finish();
      const counts = await validateStagedUpload(tx, { actionId, exportedAt });
      const stored = await tx.execute<PreviewRow & { sheetRow: number }>(sql`
        select sheet_row as "sheetRow", outcome, new_email as "newEmail", messages
        from upload_rows where action_id = ${actionId}`);
      const bySheetRow = new Map(stored.rows.map((preview) => [preview.sheetRow, preview]));
      result = {
        rows: rows.map(
          (uploaded) =>
            bySheetRow.get(uploaded.sheetRow) ?? { outcome: 'unchanged', newEmail: null, messages: [] },
        ),
        counts,
      };
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return result!;
}

const only = async (input: UploadedRow) => (await validate([input])).rows[0]!;

// DESIGN.md "The main job" and issue 3 "Upload": the rules of each row, one case per rule
describe('the validation of an upload, one row at a time', () => {
  it.each([
    [
      'a new address is added, trimmed and lower-cased',
      row(2, 'a1', '  New@Company.BE '),
      'added',
      'new@company.be',
      [],
    ],
    [
      'another address changes the stored one',
      row(2, 'a2', 'new@company.be'),
      'changed',
      'new@company.be',
      [],
    ],
    ['the same address is unchanged', row(2, 'a2', 'OLD@company.be'), 'unchanged', null, []],
    ['a blank cell leaves the stored address', row(2, 'a2', '   '), 'unchanged', null, []],
    ['the export’s formula guard is taken off', row(2, 'a1', "'-x@company.be"), 'added', '-x@company.be', []],
    ['a mailto: link gives its address', row(2, 'a1', 'mailto:x@company.be'), 'added', 'x@company.be', []],
    ['a wrong address is an error', row(2, 'a1', 'jan.peeters@'), 'error', 'jan.peeters@', ['email.invalid']],
    [
      'an address over 254 characters is an error',
      row(2, 'a1', `${'a'.repeat(60)}@${'b'.repeat(200)}.be`),
      'error',
      `${'a'.repeat(60)}@${'b'.repeat(200)}.be`,
      ['email.tooLong'],
    ],
    [
      'an unknown key is ignored with a warning',
      row(2, 'zz', 'x@company.be'),
      'ignored',
      null,
      ['row.unknown'],
    ],
    [
      'an affiliate outside the scope is ignored with a warning',
      row(2, 'a4', 'x@company.be'),
      'ignored',
      null,
      ['row.outOfScope'],
    ],
    [
      'a national number without its leading zeros still finds the affiliate',
      row(2, '', 'x@company.be', { nationalNumber: 123456789 }),
      'added',
      'x@company.be',
      ['nationalNumber.leadingZero'],
    ],
    [
      'an edited protected column is a warning; the address still counts',
      row(2, 'a1', 'x@company.be', { lastName: 'Someone Else', birthDate: '16/03/1985' }),
      'added',
      'x@company.be',
      ['row.protectedEdited'],
    ],
    [
      'the stored values in the protected columns are no edit (dates as serials or text)',
      row(2, 'a1', 'x@company.be', { lastName: 'Name a1', birthDate: 31121 }),
      'added',
      'x@company.be',
      [],
    ],
    [
      'a serial of another day is an edit of the birth date',
      row(2, 'a1', 'x@company.be', { lastName: 'Name a1', birthDate: 31122 }),
      'added',
      'x@company.be',
      ['row.protectedEdited'],
    ],
    [
      'an address changed in the app after the export is a conflict',
      row(2, 'a6', 'file@company.be'),
      'conflict',
      'file@company.be',
      ['email.changedSinceExport'],
    ],
    [
      'an affiliate who left gets the address with a note',
      row(2, 'a7', 'x@company.be'),
      'added',
      'x@company.be',
      ['row.left'],
    ],
  ] as const)('%s', async (_rule, input, outcome, newEmail, codes) => {
    const result = await only(input);
    expect(result.outcome).toBe(outcome);
    // an unchanged row without message is only counted: the preview keeps nothing of it
    expect(result.newEmail).toBe(newEmail);
    expect(result.messages.map((m) => m.code)).toEqual(codes);
  });
});

describe('the validation of an upload, across rows', () => {
  it('refuses the same address for two affiliates of the file', async () => {
    const { rows } = await validate([row(2, 'a1', 'same@company.be'), row(3, 'a7', 'same@company.be')]);
    expect(rows.map((r) => [r.outcome, r.messages.at(-1)])).toEqual([
      ['error', { code: 'email.duplicateInFile', params: { rows: '3' } }],
      ['error', { code: 'email.duplicateInFile', params: { rows: '2' } }],
    ]);
  });

  it('refuses an address another affiliate keeps, and accepts one the file moves away', async () => {
    const { rows } = await validate([
      row(2, 'a1', 'kept@company.be'),
      row(3, 'a9', 'leaving@company.be'),
      row(4, 'a8', 'elsewhere@company.be'),
    ]);
    expect(rows[0]).toMatchObject({
      outcome: 'error',
      messages: [{ code: 'email.heldByOther', params: { name: 'Name a3 First' } }],
    });
    expect(rows[1]!.outcome).toBe('added');
    expect(rows[2]!.outcome).toBe('changed');
  });

  it('refuses one affiliate with two addresses; the same row twice changes once', async () => {
    const twice = (await validate([row(2, 'a1', 'one@company.be'), row(3, 'a1', 'two@company.be')])).rows;
    expect(twice.map((r) => r.outcome)).toEqual(['error', 'error']);
    expect(twice[0]!.messages).toEqual([{ code: 'row.duplicateAffiliate', params: { rows: '3' } }]);
    const repeated = (await validate([row(2, 'a1', 'one@company.be'), row(3, 'a1', 'ONE@company.be')])).rows;
    expect(repeated.map((r) => r.outcome)).toEqual(['added', 'unchanged']);
  });

  it('counts the preview and the e-mails that will follow', async () => {
    const { counts } = await validate([
      row(2, 'a1', 'a@company.be'),
      row(3, 'a2', 'b@company.be'),
      row(4, 'a9', 'c@company.be'),
      row(5, 'a7', 'd@company.be'),
      row(6, 'zz', 'e@company.be'),
      row(7, 'a3', ''),
      row(8, 'a5', 'wrong'),
      row(9, 'a6', 'f@company.be'),
    ]);
    expect(counts).toEqual({
      rows: 8,
      added: 3,
      changed: 1,
      unchanged: 1,
      ignored: 1,
      errors: 1,
      conflicts: 1,
      warnings: 1,
      confirmations: 4,
      // a1 and a2 only: a9 is registered on the portal, a7 has left
      invitations: 2,
    });
  });
});

describe('cell helpers', () => {
  it.each([
    ['85.03.15-123.45', '85031512345', false],
    ['85031512345', '85031512345', false],
    [5011821169, '05011821169', true],
    [91116879, '00091116879', true],
    ['8.50315E+10', null, false],
    ['', null, false],
  ] as const)('national number %j', (cell, value, restored) => {
    const result = nationalNumberOf(cell);
    expect(result?.value ?? null).toBe(value);
    if (result) expect(result.restored).toBe(restored);
  });

  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'@x", '@x'],
    ["'plain", "'plain"],
    ['name', 'name'],
  ])('formula guard %j', (input, expected) => expect(withoutFormulaGuard(input)).toBe(expected));
});
