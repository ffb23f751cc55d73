import { describe, expect, it } from 'vitest';
import { mutationDate } from './mutation-date';

// "La date de mutation est le 1er jour du mois qui suit ou coïncide avec la date de l'une des
// situations susvisées."
describe('mutationDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01', 'coincides with the first of the month'],
    ['2024-03-02', '2024-04-01', 'the day after: next month'],
    ['2024-03-31', '2024-04-01', 'the last day of the month'],
    ['2024-02-29', '2024-03-01', 'leap day'],
    ['2024-12-15', '2025-01-01', 'crosses the year'],
    ['2024-12-01', '2024-12-01', 'first of December'],
    ['2025-01-01', '2025-01-01', 'New Year'],
  ])('%s -> %s (%s)', (event, expected) => {
    expect(mutationDate(event)).toBe(expected);
  });

  it.each(['2024-02-30', '2024-03', '15/03/2024'])('refuses %j', (event) => {
    expect(() => mutationDate(event)).toThrow(RangeError);
  });
});
