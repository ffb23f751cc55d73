import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  todayInBelgium,
} from './dates';

describe('isIsoDate', () => {
  it.each([
    ['2024-03-01', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00:00Z', false],
    ['01/03/2024', false],
    ['', false],
  ])('%j -> %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('isLeapYear and daysInMonth', () => {
  it.each([
    [1900, 2, false, 28],
    [2000, 2, true, 29],
    [2023, 2, false, 28],
    [2024, 2, true, 29],
    [2023, 4, false, 30],
    [2024, 12, true, 31],
  ])('%i-%i: leap %s, %i days', (year, month, leap, days) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-03-01', 1, '2024-03-02'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    // Days on which Brussels changes clocks: a local-time implementation would slip here.
    ['2024-03-31', 1, '2024-04-01'],
    ['2024-10-27', 1, '2024-10-28'],
    ['2024-01-15', 0, '2024-01-15'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2024-06-15', -10_000, '1997-01-28'],
  ])('%s %+i days -> %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-05-10', -17, '2022-12-10'],
    ['2024-12-15', 6, '2025-06-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-07-31', 0, '2024-07-31'],
  ])('%s %+i months -> %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('compareDates', () => {
  it.each([
    ['2024-03-01', '2024-03-02', -1],
    ['2024-03-02', '2024-03-01', 1],
    ['2024-03-01', '2024-03-01', 0],
    ['1999-12-31', '2000-01-01', -1],
  ])('%s vs %s -> %i', (a, b, sign) => {
    expect(Math.sign(compareDates(a, b))).toBe(sign);
  });
});

describe('invalid input is a programming error', () => {
  it.each([
    ['addDays of 31 February', () => addDays('2024-02-31', 1)],
    ['addDays of a French date', () => addDays('01/03/2024', 1)],
    ['addDays by half a day', () => addDays('2024-03-01', 0.5)],
    ['addMonths of month 13', () => addMonths('2024-13-01', 1)],
    ['addMonths by NaN', () => addMonths('2024-03-01', Number.NaN)],
    ['compareDates with a timestamp', () => compareDates('2024-03-01', '2024-03-01T10:00')],
  ])('%s throws', (_case, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('todayInBelgium', () => {
  it.each([
    ['2026-11-21T22:59:59Z', '2026-11-21', 'winter, 23:59 in Brussels'],
    ['2026-11-21T23:00:00Z', '2026-11-22', 'winter, midnight in Brussels (UTC+1): still the 21st in UTC'],
    ['2026-06-30T21:59:59Z', '2026-06-30', 'summer, 23:59 in Brussels'],
    ['2026-06-30T22:00:00Z', '2026-07-01', 'summer, midnight in Brussels (UTC+2): a new month'],
    ['2026-12-31T23:30:00Z', '2027-01-01', 'a new year in Brussels, not yet in UTC'],
  ])('%s is %s (%s)', (instant, day) => {
    expect(todayInBelgium(new Date(instant))).toBe(day);
  });
});
