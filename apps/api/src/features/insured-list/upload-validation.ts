import type { UploadRowMessage, UploadRowOutcome } from '@groupdesk/contracts';
import { isValidEmail, normalizeEmail } from '@groupdesk/domain';
import type { ColumnKey } from './insured-list-headers';
import type { ParsedUpload, UploadedRow } from './upload-parse';
import { type SheetCell, cellDate, cellText } from './upload-sheet-reader';

/** An affiliate of the employer as the validation needs it. */
export interface KnownAffiliate {
  id: string;
  nationalNumber: string | null;
  lastName: string;
  firstName: string;
  birthDate: string | null;
  /** the birth date as an Excel serial number (days since 30 December 1899), as the export writes it */
  birthSerial: number | null;
  email: string | null;
  /** when the address was last set, changed or removed, in ms since the epoch (a number: no Date each) */
  emailChangedAt: number | null;
  inScope: boolean;
  inService: boolean;
  /** not registered on the portal and never invited: an address added now brings an invitation */
  invitable: boolean;
}

export interface AffiliateDirectory {
  byId: Map<string, KnownAffiliate>;
  byNationalNumber: Map<string, KnownAffiliate>;
  byEmail: Map<string, KnownAffiliate[]>;
}

export function affiliateDirectory(affiliates: Iterable<KnownAffiliate>): AffiliateDirectory {
  const directory: AffiliateDirectory = { byId: new Map(), byNationalNumber: new Map(), byEmail: new Map() };
  for (const affiliate of affiliates) {
    directory.byId.set(affiliate.id, affiliate);
    if (affiliate.nationalNumber) directory.byNationalNumber.set(affiliate.nationalNumber, affiliate);
    if (affiliate.email) {
      const holders = directory.byEmail.get(affiliate.email);
      if (holders) holders.push(affiliate);
      else directory.byEmail.set(affiliate.email, [affiliate]);
    }
  }
  return directory;
}

export interface ValidatedRow {
  sheetRow: number;
  outcome: UploadRowOutcome;
  affiliate: KnownAffiliate | null;
  currentEmail: string | null;
  newEmail: string | null;
  messages: UploadRowMessage[];
}

export type UploadCounts = Record<
  | 'rows'
  | 'added'
  | 'changed'
  | 'unchanged'
  | 'ignored'
  | 'errors'
  | 'conflicts'
  | 'warnings'
  | 'confirmations'
  | 'invitations',
  number
>;

/** The export writes `'` before text a spreadsheet could run as a formula; the upload takes it off again. */
export const withoutFormulaGuard = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

// the cell as exported comes back as it was: compared first as it is, normalised only when it differs
const sameText = (cell: SheetCell, stored: string) =>
  cell === stored || withoutFormulaGuard(cellText(cell)).trim().normalize('NFC') === stored.normalize('NFC');
const isBlank = (cell: SheetCell) => cellText(cell).trim() === '';

/**
 * Digits of a national number cell; a number that lost its leading zeros in a spreadsheet gets them back
 * (someone born in September 2000 has 000911…: Excel keeps 8 digits of it).
 */
export function nationalNumberOf(cell: SheetCell): { value: string; restored: boolean } | null {
  const digits = cellText(cell).replace(/[\s.\-/]/g, '');
  if (!/^\d{8,11}$/.test(digits)) return null;
  return { value: digits.padStart(11, '0'), restored: digits.length < 11 };
}

const message = (code: UploadRowMessage['code'], params: Record<string, string> = {}): UploadRowMessage => ({
  code,
  params,
});

/** A birth date cell that holds the stored date: an Excel serial number (as exported) compared as such. */
const sameDate = (cell: SheetCell, affiliate: KnownAffiliate) =>
  typeof cell === 'number' && affiliate.birthSerial !== null
    ? Math.round(cell) === affiliate.birthSerial
    : cellDate(cell) === affiliate.birthDate;

/** The protected columns the user changed; blank cells are not changes. */
function editedColumns(
  row: UploadedRow,
  number: ReturnType<typeof nationalNumberOf>,
  affiliate: KnownAffiliate,
  labels: ParsedUpload['header']['labels'],
) {
  const edited: ColumnKey[] = [];
  if (!isBlank(row.nationalNumber) && number?.value !== affiliate.nationalNumber) {
    edited.push('nationalNumber');
  }
  if (!isBlank(row.lastName) && !sameText(row.lastName, affiliate.lastName)) edited.push('lastName');
  if (!isBlank(row.firstName) && !sameText(row.firstName, affiliate.firstName)) edited.push('firstName');
  if (!isBlank(row.birthDate) && !sameDate(row.birthDate, affiliate)) edited.push('birthDate');
  return edited.map((column) => labels[column] ?? column);
}

function validateRow(row: UploadedRow, upload: ParsedUpload, directory: AffiliateDirectory): ValidatedRow {
  const result: ValidatedRow = {
    sheetRow: row.sheetRow,
    outcome: 'unchanged',
    affiliate: null,
    currentEmail: null,
    newEmail: null,
    messages: [],
  };
  const number = nationalNumberOf(row.nationalNumber);
  const affiliate =
    (row.key ? directory.byId.get(row.key.toLowerCase()) : undefined) ??
    (number ? directory.byNationalNumber.get(number.value) : undefined);
  if (!affiliate) {
    result.outcome = 'ignored';
    result.messages.push(message('row.unknown'));
    return result;
  }
  result.affiliate = affiliate;
  result.currentEmail = affiliate.email;
  if (!affiliate.inScope) {
    result.outcome = 'ignored';
    result.messages.push(message('row.outOfScope'));
    return result;
  }
  if (number?.restored && number.value === affiliate.nationalNumber) {
    result.messages.push(message('nationalNumber.leadingZero'));
  }
  const edited = editedColumns(row, number, affiliate, upload.header.labels);
  if (edited.length > 0) result.messages.push(message('row.protectedEdited', { columns: edited.join(', ') }));

  const typed = withoutFormulaGuard(row.email)
    .trim()
    .replace(/^mailto:/i, '');
  if (typed === '') return result; // a blank cell leaves the stored address as it is
  // the stored address as exported: valid and normalised already
  if (typed === affiliate.email) {
    result.newEmail = typed;
    return result;
  }
  const email = normalizeEmail(typed);
  // an error row shows what was typed, so the user sees what to correct
  if (email.length > 254) {
    result.newEmail = typed.slice(0, 300);
    result.outcome = 'error';
    result.messages.push(message('email.tooLong'));
    return result;
  }
  if (!isValidEmail(email)) {
    result.newEmail = typed.slice(0, 300);
    result.outcome = 'error';
    result.messages.push(message('email.invalid', { email: typed.slice(0, 100) }));
    return result;
  }
  result.newEmail = email;
  if (email === affiliate.email) return result;
  const exportedAt = upload.stamp?.exportedAt;
  if (exportedAt && affiliate.emailChangedAt && affiliate.emailChangedAt > exportedAt.getTime()) {
    result.outcome = 'conflict';
    result.messages.push(message('email.changedSinceExport', { email: affiliate.email ?? '—' }));
    return result;
  }
  result.outcome = affiliate.email ? 'changed' : 'added';
  if (!affiliate.inService) result.messages.push(message('row.left'));
  return result;
}

const sets = (row: ValidatedRow) =>
  row.outcome === 'added' || row.outcome === 'changed' || row.outcome === 'conflict';

function groupBy<K>(rows: ValidatedRow[], keyOf: (row: ValidatedRow) => K | null) {
  const groups = new Map<K, ValidatedRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const otherRows = (group: ValidatedRow[], row: ValidatedRow) =>
  group
    .filter((other) => other !== row)
    .map((other) => other.sheetRow)
    .join(', ');

function fail(row: ValidatedRow, failure: UploadRowMessage) {
  row.outcome = 'error';
  row.messages = [
    ...row.messages.filter((m) => m.code !== 'email.changedSinceExport' && m.code !== 'row.left'),
    failure,
  ];
}

/** The rules across rows: one address per affiliate, one affiliate per address. */
function checkAcrossRows(rows: ValidatedRow[], directory: AffiliateDirectory) {
  // the same affiliate twice: fine with the same address (the later row changes nothing), an error otherwise
  for (const group of groupBy(rows, (row) =>
    row.newEmail && row.affiliate?.inScope ? row.affiliate.id : null,
  ).values()) {
    if (group.length < 2) continue;
    if (new Set(group.map((row) => row.newEmail)).size > 1) {
      for (const row of group)
        if (row.outcome !== 'error')
          fail(row, message('row.duplicateAffiliate', { rows: otherRows(group, row) }));
    } else {
      for (const row of group.slice(1)) if (sets(row)) row.outcome = 'unchanged';
    }
  }
  // the same address for two affiliates of the file
  for (const group of groupBy(rows, (row) =>
    sets(row) || row.outcome === 'unchanged' ? row.newEmail : null,
  ).values()) {
    if (new Set(group.map((row) => row.affiliate?.id)).size < 2) continue;
    for (const row of group)
      if (sets(row)) fail(row, message('email.duplicateInFile', { rows: otherRows(group, row) }));
  }
  // an address another affiliate keeps (not moved away by this file)
  const finalEmail = new Map<string, string | null>();
  for (const row of rows) if (row.affiliate && sets(row)) finalEmail.set(row.affiliate.id, row.newEmail);
  for (const row of rows) {
    if (!sets(row) || !row.newEmail) continue;
    const keeper = directory.byEmail
      .get(row.newEmail)
      ?.find(
        (holder) =>
          holder.id !== row.affiliate?.id && (finalEmail.get(holder.id) ?? holder.email) === row.newEmail,
      );
    if (keeper) {
      const name = keeper.inScope ? `${keeper.lastName} ${keeper.firstName}` : '—';
      fail(row, message('email.heldByOther', { name }));
    }
  }
}

/** Validates every row of an upload against the employer's affiliates. Nothing is written. */
export function validateUpload(upload: ParsedUpload, directory: AffiliateDirectory) {
  const rows = upload.rows.map((row) => validateRow(row, upload, directory));
  checkAcrossRows(rows, directory);
  const counts: UploadCounts = {
    rows: rows.length,
    added: 0,
    changed: 0,
    unchanged: 0,
    ignored: 0,
    errors: 0,
    conflicts: 0,
    warnings: 0,
    confirmations: 0,
    invitations: 0,
  };
  for (const row of rows) {
    const outcome =
      row.outcome === 'error' ? 'errors' : row.outcome === 'conflict' ? 'conflicts' : row.outcome;
    counts[outcome] += 1;
    if (
      row.messages.some(
        (m) => m.code === 'row.unknown' || m.code === 'row.outOfScope' || m.code === 'row.protectedEdited',
      )
    ) {
      counts.warnings += 1;
    }
    if (row.outcome === 'added' || row.outcome === 'changed') {
      counts.confirmations += 1;
      if (row.affiliate?.invitable && row.affiliate.inService) counts.invitations += 1;
    }
  }
  return { rows, counts };
}
