import { isValidEmail, normalizeEmail } from '@groupdesk/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { UploadedRow } from './upload-parse';
import { type SheetCell, cellDate, cellText } from './upload-sheet-reader';

/** The export writes `'` before text a spreadsheet could run as a formula; the upload takes it off again. */
export const withoutFormulaGuard = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/**
 * Digits of a national number cell; a number that lost its leading zeros in a spreadsheet gets them back
 * (someone born in September 2000 has 000911…: Excel keeps 8 digits of it).
 */
export function nationalNumberOf(cell: SheetCell): { value: string; restored: boolean } | null {
  const digits = cellText(cell).replace(/[\s.\-/]/g, '');
  if (!/^\d{8,11}$/.test(digits)) return null;
  return { value: digits.padStart(11, '0'), restored: digits.length < 11 };
}

const isBlank = (cell: SheetCell) => cellText(cell).trim() === '';
/** A name as typed; the cell itself is sent too when it differs: the export's own text comes back as it was. */
const typedName = (cell: SheetCell) => withoutFormulaGuard(cellText(cell)).trim().normalize('NFC');
const cellUnlessTyped = (cell: SheetCell, typed: string) =>
  typeof cell === 'string' && cell !== typed ? cell : null;
const canonicalUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The yes/no facts of a row's cells, as the bits of one number (fewer bytes to send and to read). */
const flags = {
  numberRestored: 1,
  numberBlank: 2,
  lastNameBlank: 4,
  firstNameBlank: 8,
  birthBlank: 16,
} as const;

/**
 * What a row's cells say without the affiliate, worked out in JavaScript as the row is read: the typed address
 * normalised and checked, the national number's digits, the birth date as a serial or as a date. The database
 * compares them with the affiliate the row names. Each column as PostgreSQL reads it from the row's JSON
 * array (`rowCells`, same order).
 */
const cellColumns = [
  ['ordinal', `(r->>0)::int`],
  ['sheet_row', `(r->>1)::int`],
  ['key_id', `(r->>2)::uuid`],
  ['national_number', `r->>3`],
  ['number_restored', `((r->>4)::int & ${flags.numberRestored}) <> 0`],
  ['number_blank', `((r->>4)::int & ${flags.numberBlank}) <> 0`],
  ['last_name_blank', `((r->>4)::int & ${flags.lastNameBlank}) <> 0`],
  ['first_name_blank', `((r->>4)::int & ${flags.firstNameBlank}) <> 0`],
  ['birth_blank', `((r->>4)::int & ${flags.birthBlank}) <> 0`],
  ['last_name', `r->>5`],
  ['last_name_cell', `r->>6`],
  ['first_name', `r->>7`],
  ['first_name_cell', `r->>8`],
  ['birth_serial', `(r->>9)::float8`],
  ['birth_date', `r->>10`],
  ['email_typed', `r->>11`],
  /** blank, tooLong, invalid or valid */
  ['email_state', `r->>12`],
  /** the typed address normalised, when valid */
  ['email', `case when r->>12 = 'valid' then coalesce(r->>13, r->>11) end`],
  /** what an error row shows of the typed text, and what its message quotes */
  ['email_shown', `r->>14`],
  ['email_quoted', `r->>15`],
] as const;

/**
 * A row's cells as JSON text (an array in the order of cellColumns' indexes): one flat string of its own, so
 * that nothing keeps the cells' slices of the sheet's XML text, nor its chunks, alive until the row is written.
 */
export function rowCells(row: UploadedRow, ordinal: number): string {
  const number = nationalNumberOf(row.nationalNumber);
  const typed = withoutFormulaGuard(row.email)
    .trim()
    .replace(/^mailto:/i, '');
  const email = typed === '' ? '' : normalizeEmail(typed);
  const state =
    typed === '' ? 'blank' : email.length > 254 ? 'tooLong' : isValidEmail(email) ? 'valid' : 'invalid';
  const birthSerial = typeof row.birthDate === 'number' ? row.birthDate : null;
  const lastName = typedName(row.lastName);
  const firstName = typedName(row.firstName);
  const bits =
    (number?.restored ? flags.numberRestored : 0) |
    (isBlank(row.nationalNumber) ? flags.numberBlank : 0) |
    (isBlank(row.lastName) ? flags.lastNameBlank : 0) |
    (isBlank(row.firstName) ? flags.firstNameBlank : 0) |
    (isBlank(row.birthDate) ? flags.birthBlank : 0);
  return JSON.stringify([
    ordinal,
    row.sheetRow,
    canonicalUuid.test(row.key) ? row.key.toLowerCase() : null,
    number?.value ?? null,
    bits,
    lastName,
    cellUnlessTyped(row.lastName, lastName),
    firstName,
    cellUnlessTyped(row.firstName, firstName),
    birthSerial,
    // a serial number is compared as such, or read as a date, by the database
    birthSerial === null ? cellDate(row.birthDate) : null,
    typed,
    state,
    state === 'valid' && email !== typed ? email : null,
    state === 'tooLong' || state === 'invalid' ? typed.slice(0, 300) : null,
    state === 'invalid' ? typed.slice(0, 100) : null,
  ]);
}

const fromJson = sql.raw(cellColumns.map(([column, value]) => `${value} as ${column}`).join(', '));

/**
 * A batch of rows as a relation: a JSON array of `rowCells` texts, sent as UTF-8 bytes and read by PostgreSQL
 * in one go.
 */
export const cellsOf = (batch: Buffer): SQL =>
  sql`select ${fromJson} from jsonb_array_elements(convert_from(${batch}::bytea, 'UTF8')::jsonb) as r`;
