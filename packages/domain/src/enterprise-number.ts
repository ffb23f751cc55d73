// Belgian enterprise number (numéro d'entreprise / ondernemingsnummer, BCE/KBO): ten digits, the
// first 0 or 1, the last two mod-97 check digits of the first eight.
import { mod97CheckDigits } from './mod97';

// Older documents print the nine-digit form from before the leading 0 was added in 2005, and VAT
// numbers carry a 'BE' prefix; both refer to the same enterprise.
export function normalizeEnterpriseNumber(input: string): string | null {
  const digits = input
    .trim()
    .replace(/^BE/i, '')
    .replace(/[\s./-]/g, '');
  if (/^\d{10}$/.test(digits)) return digits;
  if (/^\d{9}$/.test(digits)) return `0${digits}`;
  return null;
}

export function isValidEnterpriseNumber(input: string): boolean {
  const digits = normalizeEnterpriseNumber(input);
  if (digits === null || !/^[01]/.test(digits)) return false;
  return mod97CheckDigits(Number(digits.slice(0, 8))) === Number(digits.slice(8));
}

export function formatEnterpriseNumber(value: string): string {
  const digits = normalizeEnterpriseNumber(value);
  if (digits === null) return value;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

// base8 is the number formed by the first eight digits, so 0..19_999_999 keeps the first digit 0 or 1.
export function makeEnterpriseNumber(base8: number): string {
  if (!Number.isInteger(base8) || base8 < 0 || base8 > 19_999_999) {
    throw new RangeError(`Enterprise number base must be 0..19999999, got ${base8}`);
  }
  return `${String(base8).padStart(8, '0')}${String(mod97CheckDigits(base8)).padStart(2, '0')}`;
}
