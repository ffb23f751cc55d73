import { describe, expect, it } from 'vitest';
import type { ParsedUpload, UploadedRow } from './upload-parse';
import {
  type KnownAffiliate,
  affiliateDirectory,
  nationalNumberOf,
  validateUpload,
  withoutFormulaGuard,
} from './upload-validation';

const exportedAt = new Date('2026-06-10T09:00:00Z');

function affiliate(id: string, values: Partial<KnownAffiliate> = {}): KnownAffiliate {
  return {
    id,
    nationalNumber: null,
    lastName: `Name ${id}`,
    firstName: 'First',
    birthDate: '1985-03-15',
    birthSerial: 31121,
    email: null,
    emailChangedAt: null,
    inScope: true,
    inService: true,
    invitable: true,
    ...values,
  };
}

const known = [
  affiliate('a1'),
  affiliate('a2', { email: 'old@company.be' }),
  affiliate('a3', { email: 'kept@company.be' }),
  affiliate('a4', { inScope: false }),
  affiliate('a5', { nationalNumber: '00091116879' }),
  affiliate('a6', { email: 'moved@company.be', emailChangedAt: Date.parse('2026-06-12T10:00:00Z') }),
  affiliate('a7', { inService: false }),
  affiliate('a8', { email: 'leaving@company.be' }),
  affiliate('a9', { invitable: false }),
];

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

function validate(rows: UploadedRow[]) {
  const upload: ParsedUpload = {
    header: { columns: {}, labels: { lastName: 'Nom', birthDate: 'Date de naissance' }, language: 'fr' },
    headerRow: 1,
    dataSheet: 1,
    rows,
    stamp: { employerId: 'employer', exportId: 'export', exportedAt },
  };
  return validateUpload(upload, affiliateDirectory(known));
}

const only = (rows: UploadedRow[]) => validate(rows).rows[0]!;

// DESIGN.md "The main job" and issue 3 "Upload": the rules of each row, one case per rule
describe('validateUpload, one row at a time', () => {
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
    ['the same address is unchanged', row(2, 'a2', 'OLD@company.be'), 'unchanged', 'old@company.be', []],
    ['a blank cell leaves the stored address', row(2, 'a2', '   '), 'unchanged', null, []],
    ['the export’s formula guard is taken off', row(2, 'a1', "'-x@company.be"), 'added', '-x@company.be', []],
    ['a mailto: link gives its address', row(2, 'a1', 'mailto:x@company.be'), 'added', 'x@company.be', []],
    ['a wrong address is an error', row(2, 'a1', 'jan.peeters@'), 'error', null, ['email.invalid']],
    [
      'an address over 254 characters is an error',
      row(2, 'a1', `${'a'.repeat(60)}@${'b'.repeat(200)}.be`),
      'error',
      null,
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
      row(2, '', 'x@company.be', { nationalNumber: 91116879 }),
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
  ] as const)('%s', (_rule, input, outcome, newEmail, codes) => {
    const result = only([input]);
    expect(result.outcome).toBe(outcome);
    if (outcome !== 'error' && outcome !== 'ignored') expect(result.newEmail).toBe(newEmail);
    expect(result.messages.map((m) => m.code)).toEqual(codes);
  });
});

describe('validateUpload, across rows', () => {
  it('refuses the same address for two affiliates of the file', () => {
    const { rows } = validate([row(2, 'a1', 'same@company.be'), row(3, 'a7', 'same@company.be')]);
    expect(rows.map((r) => [r.outcome, r.messages.at(-1)])).toEqual([
      ['error', { code: 'email.duplicateInFile', params: { rows: '3' } }],
      ['error', { code: 'email.duplicateInFile', params: { rows: '2' } }],
    ]);
  });

  it('refuses an address another affiliate keeps, and accepts one the file moves away', () => {
    const { rows } = validate([
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

  it('refuses one affiliate with two addresses; the same row twice changes once', () => {
    const twice = validate([row(2, 'a1', 'one@company.be'), row(3, 'a1', 'two@company.be')]).rows;
    expect(twice.map((r) => r.outcome)).toEqual(['error', 'error']);
    expect(twice[0]!.messages).toEqual([{ code: 'row.duplicateAffiliate', params: { rows: '3' } }]);
    const repeated = validate([row(2, 'a1', 'one@company.be'), row(3, 'a1', 'ONE@company.be')]).rows;
    expect(repeated.map((r) => r.outcome)).toEqual(['added', 'unchanged']);
  });

  it('counts the preview and the e-mails that will follow', () => {
    const { counts } = validate([
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
      // a1 and a2 only: a9 was invited already, a7 has left
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
