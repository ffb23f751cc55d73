import { describe, expect, it } from 'vitest';
import type { Sex } from './enums';
import type { NationalNumber } from './national-number';
import { parseNationalNumber } from './national-number';
import {
  makeNationalNumber,
  nationalNumberInconsistencies,
  nationalNumberMatchesQuery,
} from './national-number-tools';

function parsed(input: string): NationalNumber {
  const result = parseNationalNumber(input, { today: '2025-06-15' });
  if (!result.ok) throw new Error(`fixture ${input} is invalid: ${result.error}`);
  return result.value;
}

describe('nationalNumberInconsistencies', () => {
  it.each<[string, { birthDate?: string | null; sex?: Sex | null }, Array<'birthDate' | 'sex'>]>([
    ['85073003328', { birthDate: '1985-07-30', sex: 'M' }, []],
    ['85073003328', { birthDate: '1985-07-31' }, ['birthDate']],
    ['85073003328', { birthDate: '2085-07-30' }, ['birthDate']],
    ['85073003328', { sex: 'F' }, ['sex']],
    ['85073003328', { birthDate: '1985-03-30', sex: 'F' }, ['birthDate', 'sex']],
    ['85073003328', {}, []],
    ['85073003328', { birthDate: null, sex: null }, []],
    ['85073003328', { birthDate: 'n/a' }, []],
    // Unknown parts of the number never disagree; known parts still do.
    ['85070003355', { birthDate: '1985-07-12' }, []],
    ['85070003355', { birthDate: '1985-08-12' }, ['birthDate']],
    ['85070003355', { birthDate: '1986-07-12' }, ['birthDate']],
    ['85000003405', { birthDate: '1985-03-03' }, []],
    ['85000003405', { birthDate: '1984-12-31' }, ['birthDate']],
    ['00000100166', { birthDate: '1950-01-01' }, []],
    ['91281512379', { birthDate: '1991-08-15', sex: 'F' }, []],
    ['91481512424', { birthDate: '1991-08-15', sex: 'M' }, ['sex']],
    ['17073003384', { birthDate: '1917-07-30' }, ['birthDate']],
  ])('%s against %j -> %j', (input, known, expected) => {
    expect(nationalNumberInconsistencies(parsed(input), known)).toEqual(expected);
  });
});

describe('nationalNumberMatchesQuery', () => {
  it.each([
    ['85.07.30', true],
    ['850730-033', true],
    ['033.28', true],
    [' 85073003328 ', true],
    ['86', false],
    ['Dupont', false],
    ['85.07.30 Dupont', false],
    ['', false],
    ['  ', false],
  ])('%j in 85073003328: %s', (query, expected) => {
    expect(nationalNumberMatchesQuery('85073003328', query)).toBe(expected);
  });
});

describe('makeNationalNumber', () => {
  // Expected values computed by hand from the YYMMDDSSS mod 97 rule, not by the code under test.
  it.each<[Parameters<typeof makeNationalNumber>[0], string]>([
    [{ birthDate: '1985-07-30', sequence: 33 }, '85073003328'],
    [{ birthDate: '2000-01-01', sequence: 1 }, '00010100105'],
    [{ birthDate: '2000-02-29', sequence: 2 }, '00022900244'],
    [{ birthDate: '1904-02-29', sequence: 10 }, '04022901091'],
    [{ birthDate: '2017-07-30', sequence: 33 }, '17073003384'],
    [{ birthDate: '1991-08-15', sequence: 124, kind: 'bis' }, '91481512424'],
    [{ birthDate: '1991-08-15', sequence: 123, kind: 'bis', sexKnown: false }, '91281512379'],
    [{ birthDate: '2003-12-01', sequence: 997, kind: 'bis', sexKnown: true }, '03520199711'],
    [{ birthDate: '1985-07-00', sequence: 33 }, '85070003355'],
    [{ birthDate: '1985-00-00', sequence: 34 }, '85000003405'],
    [{ birthDate: '1985-00-00', sequence: 35, kind: 'bis', sexKnown: false }, '85200003547'],
  ])('%j -> %s', (opts, expected) => {
    expect(makeNationalNumber(opts)).toBe(expected);
  });

  it.each([
    ['1958-11-03', 1, 'national', true],
    ['1999-12-31', 998, 'national', true],
    ['2000-01-01', 2, 'bis', true],
    ['2008-02-29', 501, 'bis', false],
    ['2024-10-27', 996, 'national', true],
  ] as const)('round-trips %s / %i / %s (sex known: %s)', (birthDate, sequence, kind, sexKnown) => {
    const nn = parsed(makeNationalNumber({ birthDate, sequence, kind, sexKnown }));
    expect(nn).toMatchObject({
      kind,
      birthDate,
      sequence,
      sex: sexKnown ? (sequence % 2 ? 'M' : 'F') : null,
    });
  });

  it.each([
    [{ birthDate: '1900-02-29', sequence: 1 }],
    [{ birthDate: '1899-12-31', sequence: 1 }],
    [{ birthDate: '2100-01-01', sequence: 1 }],
    [{ birthDate: '1985-00-15', sequence: 1 }],
    [{ birthDate: '1985-13-01', sequence: 1 }],
    [{ birthDate: '30/07/1985', sequence: 1 }],
    [{ birthDate: '1985-07-30', sequence: 0 }],
    [{ birthDate: '1985-07-30', sequence: 999 }],
    [{ birthDate: '1985-07-30', sequence: 1.5 }],
  ])('refuses %j', (opts) => {
    expect(() => makeNationalNumber(opts)).toThrow(RangeError);
  });
});
