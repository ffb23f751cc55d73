import { describe, expect, it } from 'vitest';
import {
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  makeEnterpriseNumber,
  normalizeEnterpriseNumber,
} from './enterprise-number';

describe('normalizeEnterpriseNumber', () => {
  it.each([
    ['BE0403.170.701', '0403170701'],
    ['0403170701', '0403170701'],
    ['403170701', '0403170701'],
    ['0403 170 701', '0403170701'],
    ['be 0403.170.701', '0403170701'],
    ['  0403-170-701 ', '0403170701'],
    ['403.170.701', '0403170701'],
    ['12345', null],
    ['04031707011', null],
    ['FR0403170701', null],
    ['BE', null],
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeEnterpriseNumber(input)).toBe(expected);
  });
});

describe('isValidEnterpriseNumber', () => {
  it.each([
    ['0403.170.701', true],
    ['BE0202.239.951', true],
    ['202239951', true],
    ['0403170702', false],
    ['0430170701', false],
    ['2403170743', false], // check digits right, but enterprise numbers start with 0 or 1
    ['1999999943', true],
    ['0000000000', false],
    ['not a number', false],
  ])('%j -> %s', (input, expected) => {
    expect(isValidEnterpriseNumber(input)).toBe(expected);
  });
});

describe('formatEnterpriseNumber', () => {
  it.each([
    ['0403170701', '0403.170.701'],
    ['403170701', '0403.170.701'],
    ['BE0202239951', '0202.239.951'],
    ['abc', 'abc'],
  ])('%j -> %j', (input, expected) => {
    expect(formatEnterpriseNumber(input)).toBe(expected);
  });
});

describe('makeEnterpriseNumber', () => {
  it.each([
    [4_031_707, '0403170701'],
    [2_022_399, '0202239951'],
    [0, '0000000097'],
    [19_999_999, '1999999943'],
  ])('%i -> %s', (base8, expected) => {
    const made = makeEnterpriseNumber(base8);
    expect(made).toBe(expected);
    expect(isValidEnterpriseNumber(made)).toBe(true);
  });

  it.each([-1, 20_000_000, 1.5, Number.NaN])('refuses %d', (base8) => {
    expect(() => makeEnterpriseNumber(base8)).toThrow(RangeError);
  });
});
