// Belgian national register number (NISS/INSZ, "numéro de registre national", "rijksregisternummer")
// and BIS number, both YYMMDDSSSCC: birth date, a sequence SSS (odd for men, even for women) and
// two mod-97 check digits.
import { isValidCalendarDate, todayInBelgium, toIsoDate } from './dates';
import type { Sex } from './enums';
import { mod97CheckDigits } from './mod97';

export type NationalNumberKind = 'national' | 'bis';

export interface NationalNumber {
  value: string;
  kind: NationalNumberKind;
  birthDate: string | null;
  birthYear: number | null;
  sex: Sex | null;
  sequence: number;
}

export type NationalNumberError = 'format' | 'checksum' | 'date' | 'sequence';
export type NationalNumberResult =
  { ok: true; value: NationalNumber } | { ok: false; error: NationalNumberError };

export interface NationalNumberDigits {
  year2: number;
  month: number;
  day: number;
  sequence: number;
  checkDigits: number;
  body: number;
}

const separators = /[\s./-]/g;

export function normalizeNationalNumber(input: string): string | null {
  const digits = input.replace(separators, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

export function splitNationalNumber(value: string): NationalNumberDigits {
  return {
    year2: Number(value.slice(0, 2)),
    month: Number(value.slice(2, 4)),
    day: Number(value.slice(4, 6)),
    sequence: Number(value.slice(6, 9)),
    checkDigits: Number(value.slice(9, 11)),
    body: Number(value.slice(0, 9)),
  };
}

// People born from 2000 on get check digits computed on '2' + YYMMDDSSS; the check digits are
// therefore the only thing that tells 1905 from 2005.
function centuryOf({ body, checkDigits }: NationalNumberDigits): 1900 | 2000 | null {
  if (mod97CheckDigits(body) === checkDigits) return 1900;
  if (mod97CheckDigits(2_000_000_000 + body) === checkDigits) return 2000;
  return null;
}

// BIS numbers add 20 to the month when the sex was unknown at assignment, 40 when it was known.
export function decodeMonth(
  rawMonth: number,
): { kind: NationalNumberKind; month: number; sexKnown: boolean } | null {
  if (rawMonth <= 12) return { kind: 'national', month: rawMonth, sexKnown: true };
  if (rawMonth >= 20 && rawMonth <= 32) return { kind: 'bis', month: rawMonth - 20, sexKnown: false };
  if (rawMonth >= 40 && rawMonth <= 52) return { kind: 'bis', month: rawMonth - 40, sexKnown: true };
  return null;
}

/**
 * `today` only serves to reject numbers whose 2000+ check digits would put the birth in the future;
 * it defaults to the current UTC date.
 */
export function parseNationalNumber(input: string, options: { today?: string } = {}): NationalNumberResult {
  const value = normalizeNationalNumber(input);
  if (value === null) return { ok: false, error: 'format' };
  const digits = splitNationalNumber(value);
  const century = centuryOf(digits);
  if (century === null) return { ok: false, error: 'checksum' };
  const decoded = decodeMonth(digits.month);
  if (decoded === null) return { ok: false, error: 'date' };
  const { kind, month, sexKnown } = decoded;
  const year = century + digits.year2;
  // Month 00 means the month was unknown, or that the day's sequence ran out and the register went
  // on in "month 00, day 00, 01, …": either way the day digits say nothing about the birth date.
  const day = month === 0 ? 0 : digits.day;

  // Compared on the earliest date the number could stand for: when the 2000+ reading is not born
  // yet, neither century fits, which makes it a wrong number rather than a wrong date.
  if (century === 2000 && toIsoDate(year, month || 1, day || 1) > (options.today ?? todayInBelgium())) {
    return { ok: false, error: 'checksum' };
  }
  const dateKnown = month !== 0 && day !== 0;
  if (dateKnown && !isValidCalendarDate(year, month, day)) return { ok: false, error: 'date' };
  if (digits.sequence === 0 || digits.sequence === 999) return { ok: false, error: 'sequence' };

  return {
    ok: true,
    value: {
      value,
      kind,
      birthDate: dateKnown ? toIsoDate(year, month, day) : null,
      // The register writes a wholly unknown birth date as the fictitious 1900-00-01 / 2000-00-01.
      birthYear: digits.year2 === 0 && month === 0 && digits.day === 1 ? null : year,
      sex: sexKnown ? (digits.sequence % 2 === 1 ? 'M' : 'F') : null,
      sequence: digits.sequence,
    },
  };
}

export function isValidNationalNumber(input: string, options: { today?: string } = {}): boolean {
  return parseNationalNumber(input, options).ok;
}

export function formatNationalNumber(value: string): string {
  const digits = normalizeNationalNumber(value);
  if (digits === null) return value;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}
