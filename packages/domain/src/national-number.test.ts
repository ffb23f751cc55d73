import { describe, expect, it } from 'vitest';
import type { Sex } from './enums';
import type { NationalNumberKind } from './national-number';
import {
  formatNationalNumber,
  isValidNationalNumber,
  normalizeNationalNumber,
  parseNationalNumber,
} from './national-number';

// Fixed so that the "born in the future" cases do not move with the calendar.
const today = '2025-06-15';

describe('parseNationalNumber accepts', () => {
  it.each<[string, string, NationalNumberKind, string | null, number | null, Sex | null, number]>([
    // A man born on 30 July 1985, in every formatting an HR file may hold.
    ['85.07.30-033.28', 'formatted', 'national', '1985-07-30', 1985, 'M', 33],
    ['85073003328', 'bare digits', 'national', '1985-07-30', 1985, 'M', 33],
    ['85 07 30 033 28', 'spaces', 'national', '1985-07-30', 1985, 'M', 33],
    [' 85/07/30-033.28 ', 'slashes and padding', 'national', '1985-07-30', 1985, 'M', 33],
    ['75.06.08-980.09', 'even sequence is a woman', 'national', '1975-06-08', 1975, 'F', 980],
    ['99123199841', 'last day of 1999, sequence 998', 'national', '1999-12-31', 1999, 'F', 998],
    // The 2000+ rule: check digits on '2' + YYMMDDSSS.
    ['17 07 30 033 84', '2000+ rule', 'national', '2017-07-30', 2017, 'M', 33],
    ['00010100105', '2000-01-01', 'national', '2000-01-01', 2000, 'M', 1],
    ['00022900244', 'leap day 2000', 'national', '2000-02-29', 2000, 'F', 2],
    ['04022901023', 'leap day 2004', 'national', '2004-02-29', 2004, 'F', 10],
    ['04022901091', 'leap day 1904: 2004 digits, 19xx check', 'national', '1904-02-29', 1904, 'F', 10],
    ['25061500247', 'born today', 'national', '2025-06-15', 2025, 'F', 2],
    // BIS: "commence par une valeur majorée de votre mois de naissance (p. ex. 914815 xxx xx)".
    ['91481512424', 'BIS month + 40, sex known', 'bis', '1991-08-15', 1991, 'F', 124],
    ['91281512379', 'BIS month + 20, sex unknown', 'bis', '1991-08-15', 1991, null, 123],
    ['98.47.28-997.65', 'BIS + 40, 1998', 'bis', '1998-07-28', 1998, 'M', 997],
    ['01 49 07 001 85', 'BIS + 40 under the 2000+ rule', 'bis', '2001-09-07', 2001, 'M', 1],
    ['03520199711', 'BIS + 40, December', 'bis', '2003-12-01', 2003, 'M', 997],
    ['00422901124', 'BIS leap day 2000', 'bis', '2000-02-29', 2000, 'M', 11],
    // Partly unknown birth dates: 00 for the unknown part, the year stays known.
    ['85070003355', 'unknown day', 'national', null, 1985, 'M', 33],
    ['85000003405', 'unknown month and day', 'national', null, 1985, 'F', 34],
    ['70001500545', 'month 00: day digits continue the sequence', 'national', null, 1970, 'M', 5],
    ['00000000128', 'only the year 2000 known', 'national', null, 2000, 'M', 1],
    ['25000000366', 'year of today, month unknown', 'national', null, 2025, 'M', 3],
    ['85200003547', 'BIS + 20 with unknown date', 'bis', null, 1985, null, 35],
    // The fictitious 1900-00-01 / 2000-00-01 stands for a wholly unknown birth date.
    ['00000100166', 'fictitious 1900-00-01', 'national', null, null, 'M', 1],
    ['00000100195', 'fictitious 2000-00-01', 'national', null, null, 'M', 1],
  ])('%s (%s)', (input, _case, kind, birthDate, birthYear, sex, sequence) => {
    const value = normalizeNationalNumber(input);
    expect(parseNationalNumber(input, { today })).toEqual({
      ok: true,
      value: { value, kind, birthDate, birthYear, sex, sequence },
    });
  });
});

describe('parseNationalNumber rejects', () => {
  it.each<[string, string, string]>([
    ['', 'format', 'empty'],
    ['8507300332', 'format', 'ten digits'],
    ['850730033288', 'format', 'twelve digits'],
    ['85073003a28', 'format', 'a letter'],
    ['85_07_30_033_28', 'format', 'an unknown separator'],
    ['BE85073003328', 'format', 'a country prefix'],
    ['85073003329', 'checksum', 'last digit mistyped'],
    ['85070303328', 'checksum', 'digits swapped'],
    ['12345678901', 'checksum', 'made-up number'],
    // Valid only under the 2000+ rule, which would make the person born in 2085.
    ['85073003357', 'checksum', 'born in the future (2085)'],
    ['25061600217', 'checksum', 'born tomorrow'],
    ['26000000387', 'checksum', 'born next year, month unknown'],
    ['85023103360', 'date', '31 February'],
    ['85043103374', 'date', '31 April'],
    ['85073203365', 'date', 'day 32'],
    // python-stdnum reads an out-of-range day as "unknown"; the register never writes one.
    ['85073500107', 'date', 'day 35'],
    ['00022900215', 'date', '29 February 1900 (19xx check digits; 1900 is not a leap year)'],
    ['01022901057', 'date', '29 February 2001'],
    ['00422901192', 'date', 'BIS 29 February 1900'],
    ['85130103367', 'date', 'month 13'],
    ['85133000105', 'date', 'month 13, another'],
    ['85330103313', 'date', 'BIS month 33 (13 + 20)'],
    ['85530103356', 'date', 'BIS month 53 (13 + 40)'],
    // With the day unknown there is no calendar check to catch a month out of every range.
    ['85130003397', 'date', 'month 13, day unknown'],
    ['85190003342', 'date', 'month 19, between the ranges'],
    ['85330003343', 'date', 'BIS month 33, day unknown'],
    ['85530003386', 'date', 'BIS month 53, day unknown'],
    ['85073000061', 'sequence', 'sequence 000'],
    ['85073099932', 'sequence', 'sequence 999'],
  ])('%s: %s (%s)', (input, error) => {
    expect(parseNationalNumber(input, { today })).toEqual({ ok: false, error });
    expect(isValidNationalNumber(input, { today })).toBe(false);
  });
});

describe('parseNationalNumber without an explicit today', () => {
  it.each([
    ['17073003384', true],
    ['85073003328', true],
    ['85073003357', false], // 2085 stays in the future for a while
  ])('%s is valid: %s', (input, valid) => {
    expect(isValidNationalNumber(input)).toBe(valid);
  });
});

describe('normalizeNationalNumber', () => {
  it.each([
    ['85.07.30-033.28', '85073003328'],
    ['85 07 30 033 28', '85073003328'],
    ['85/07/30/033/28', '85073003328'],
    ['\t85073003328\n', '85073003328'],
    ['8507300332', null],
    ['85.07.30-033.28x', null],
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeNationalNumber(input)).toBe(expected);
  });
});

describe('formatNationalNumber', () => {
  it.each([
    ['85073003328', '85.07.30-033.28'],
    ['91481512424', '91.48.15-124.24'],
    ['85 07 30 033 28', '85.07.30-033.28'],
    ['85.07.30-033.28', '85.07.30-033.28'],
    ['8507300332', '8507300332'],
    ['unknown', 'unknown'],
  ])('%j -> %j', (input, expected) => {
    expect(formatNationalNumber(input)).toBe(expected);
  });
});
