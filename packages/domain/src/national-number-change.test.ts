import { describe, expect, it } from 'vitest';
import { parseNationalNumber } from './national-number';
import {
  nationalNumberChangeOf,
  nationalNumberChangeRefusal,
  nationalNumberDisagreements,
  numberHolderRefusal,
} from './national-number-change';
import { makeNationalNumber } from './national-number-tools';

const parsed = (value: string) => {
  const result = parseNationalNumber(value, { today: '2026-11-22' });
  if (!result.ok) throw new Error(`${value}: ${result.error}`);
  return result.value;
};
const number = (
  birthDate: string,
  sequence: number,
  kind: 'national' | 'bis' = 'national',
  sexKnown = true,
) => parsed(makeNationalNumber({ birthDate, sequence, kind, sexKnown }));

describe('nationalNumberChangeOf', () => {
  it.each([
    [null, 'national', 'added'],
    [null, 'bis', 'added'],
    // "le numéro BIS est remplacé par le numéro national définitif"
    ['bis', 'national', 'bis-replaced'],
    ['bis', 'bis', 'corrected'],
    ['national', 'national', 'corrected'],
    ['national', 'bis', 'corrected'],
  ] as const)('%s -> %s is %s', (previous, next, expected) => {
    expect(nationalNumberChangeOf(previous, next)).toBe(expected);
  });
});

describe('nationalNumberChangeRefusal', () => {
  it.each([
    [null, 'national', null],
    [null, 'bis', null],
    ['bis', 'national', null],
    ['bis', 'bis', null],
    ['national', 'national', null],
    // the national number is definitive: never back to a BIS number
    ['national', 'bis', 'national-to-bis'],
  ] as const)('%s -> %s: %s', (previous, next, expected) => {
    expect(nationalNumberChangeRefusal(previous, next)).toBe(expected);
  });
});

describe('numberHolderRefusal', () => {
  it.each([
    ['nobody', null, null],
    ['held now, same employer, in scope', [true, true, true], 'taken'],
    // the user cannot search for someone outside their contracts
    ['held now, same employer, outside the contracts', [true, true, false], 'taken-out-of-scope'],
    ['held now, another employer', [true, false, false], 'taken-elsewhere'],
    ['held before, same employer, in scope', [false, true, true], 'held-before'],
    ['held before, same employer, outside the contracts', [false, true, false], 'held-before-elsewhere'],
    ['held before, another employer', [false, false, false], 'held-before-elsewhere'],
  ] as const)('%s: %s', (_case, facts, expected) => {
    const holder = facts && { holdsItNow: facts[0], sameEmployer: facts[1], inUserScope: facts[2] };
    expect(numberHolderRefusal(holder)).toBe(expected);
  });
});

describe('nationalNumberDisagreements', () => {
  const man1985 = number('1985-07-30', 33);
  it.each([
    ['agrees with the recorded birth date and sex', man1985, { birthDate: '1985-07-30', sex: 'M' }, []],
    ['nothing recorded, nothing replaced', man1985, { birthDate: null, sex: null }, []],
    ['another birth date', man1985, { birthDate: '1985-07-31', sex: 'M' }, ['birthDate']],
    ['another sex', man1985, { birthDate: '1985-07-30', sex: 'F' }, ['sex']],
    ['both', man1985, { birthDate: '1986-07-30', sex: 'F' }, ['birthDate', 'sex']],
    // a BIS number given while the sex was unknown (month + 20) says nothing of it
    ['BIS without sex', number('1985-07-30', 34, 'bis', false), { birthDate: '1985-07-30', sex: 'M' }, []],
    // a BIS number with an unknown day still holds the year and month
    [
      'BIS, day unknown, same month',
      number('1985-07-00', 33, 'bis'),
      { birthDate: '1985-07-30', sex: 'M' },
      [],
    ],
    [
      'BIS, day unknown, other month',
      number('1985-06-00', 33, 'bis'),
      { birthDate: '1985-07-30', sex: 'M' },
      ['birthDate'],
    ],
  ] as const)('%s', (_case, next, record, expected) => {
    expect(nationalNumberDisagreements(next, { ...record, previous: null })).toEqual(expected);
  });

  it('compares with the BIS number being replaced where nothing is recorded', () => {
    const bis = number('1985-07-30', 33, 'bis');
    const known = { birthDate: null, sex: null, previous: bis };
    expect(nationalNumberDisagreements(number('1985-07-30', 35), known)).toEqual([]);
    expect(nationalNumberDisagreements(number('1985-08-30', 35), known)).toEqual(['birthDate']);
    expect(nationalNumberDisagreements(number('1985-07-30', 36), known)).toEqual(['sex']);
  });

  it('trusts the record over the number being replaced', () => {
    const wrong = number('1990-01-01', 2);
    const known = { birthDate: '1985-07-30', sex: 'M' as const, previous: wrong };
    expect(nationalNumberDisagreements(number('1985-07-30', 33), known)).toEqual([]);
  });
});
