import { describe, expect, it } from 'vitest';
import { addIsoDuration } from './duration';

// INVITATION_DELAY: "Two days after the upload was applied (ISO-8601 duration, default P2D)"
describe('addIsoDuration', () => {
  it.each([
    ['2026-06-15T10:00:00.000Z', 'P2D', '2026-06-17T10:00:00.000Z'],
    ['2026-06-15T10:00:00.000Z', 'PT10M', '2026-06-15T10:10:00.000Z'],
    ['2026-06-15T10:00:00.000Z', 'P1W', '2026-06-22T10:00:00.000Z'],
    ['2026-06-15T10:00:00.000Z', 'P1DT2H30M15S', '2026-06-16T12:30:15.000Z'],
    ['2026-01-31T08:00:00.000Z', 'P1M', '2026-02-28T08:00:00.000Z'],
    ['2024-02-29T08:00:00.000Z', 'P1Y', '2025-02-28T08:00:00.000Z'],
    ['2026-12-31T23:00:00.000Z', 'P2D', '2027-01-02T23:00:00.000Z'],
    ['2026-03-28T10:00:00.000Z', 'P2D', '2026-03-30T10:00:00.000Z'],
  ])('%s + %s = %s', (from, duration, expected) => {
    expect(addIsoDuration(new Date(from), duration).toISOString()).toBe(expected);
  });

  it.each(['P', '2D', 'PT', 'P2H', 'P-1D', ''])('refuses %j', (duration) => {
    expect(() => addIsoDuration(new Date(), duration)).toThrow(RangeError);
  });
});
