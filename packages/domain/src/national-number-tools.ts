// Helpers around a parsed national/BIS number: comparing it with the affiliate's recorded data,
// matching it in searches and building valid numbers for demo data and tests.
import { isIsoDate, isValidCalendarDate } from './dates';
import type { Sex } from './enums';
import { mod97CheckDigits } from './mod97';
import type { NationalNumber, NationalNumberKind } from './national-number';
import { decodeMonth, splitNationalNumber } from './national-number';

export type NationalNumberInconsistency = 'birthDate' | 'sex';

// Compares only what the number actually encodes: a number with an unknown day still contradicts
// a recorded birth date in another year or month.
export function nationalNumberInconsistencies(
  nn: NationalNumber,
  known: { birthDate?: string | null; sex?: Sex | null },
): NationalNumberInconsistency[] {
  const found: NationalNumberInconsistency[] = [];
  if (known.birthDate && isIsoDate(known.birthDate) && nn.birthYear !== null) {
    const [year, month, day] = known.birthDate.split('-').map(Number);
    const digits = splitNationalNumber(nn.value);
    const nnMonth = decodeMonth(digits.month)?.month ?? 0;
    const nnDay = nnMonth === 0 ? 0 : digits.day;
    const disagrees =
      year !== nn.birthYear || (nnMonth !== 0 && month !== nnMonth) || (nnDay !== 0 && day !== nnDay);
    if (disagrees) found.push('birthDate');
  }
  if (known.sex && nn.sex !== null && known.sex !== nn.sex) found.push('sex');
  return found;
}

/**
 * Whether a search query, typed in any formatting ("85.07.30", "850730-033"), is part of the stored
 * 11 digits. Queries holding anything but digits and separators never match, so that names are not
 * compared with numbers.
 */
export function nationalNumberMatchesQuery(value: string, query: string): boolean {
  const digits = query.trim().replace(/[\s./-]/g, '');
  return /^\d+$/.test(digits) && value.includes(digits);
}

const partialDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Builds a valid number. `birthDate` may carry 00 as month and day ('1985-00-00') or as day only
 * ('1985-07-00') for a partly unknown birth date. Odd sequences are men, even sequences women.
 */
export function makeNationalNumber(opts: {
  birthDate: string;
  sequence: number;
  kind?: NationalNumberKind;
  sexKnown?: boolean;
}): string {
  const { birthDate, sequence, kind = 'national', sexKnown = true } = opts;
  const match = partialDatePattern.exec(birthDate);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, -1, -1];
  const dateOk =
    year >= 1900 &&
    year <= 2099 &&
    ((month === 0 && day === 0) ||
      (month >= 1 && month <= 12 && (day === 0 || isValidCalendarDate(year, month, day))));
  if (!dateOk) throw new RangeError(`Not a birth date between 1900 and 2099: '${birthDate}'`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 998) {
    throw new RangeError(`Sequence must be 1..998, got ${sequence}`);
  }

  const encodedMonth = kind === 'national' ? month : month + (sexKnown ? 40 : 20);
  const body = `${String(year % 100).padStart(2, '0')}${String(encodedMonth).padStart(2, '0')}${String(day).padStart(2, '0')}${String(sequence).padStart(3, '0')}`;
  const checkBase = (year >= 2000 ? 2_000_000_000 : 0) + Number(body);
  return `${body}${String(mod97CheckDigits(checkBase)).padStart(2, '0')}`;
}
