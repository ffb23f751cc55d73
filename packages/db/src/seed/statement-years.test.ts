import { describe, expect, it } from 'vitest';
import { demoStatementYears } from './index';

describe("the demo's statement years", () => {
  it.each([
    ['2026-06-15', [2021, 2022, 2023, 2024, 2025]],
    ['2026-12-31', [2021, 2022, 2023, 2024, 2025]],
    ['2027-01-01', [2022, 2023, 2024, 2025, 2026]],
    ['2030-03-01', [2025, 2026, 2027, 2028, 2029]],
  ])('seeded on %s: the five years before', (today, years) => {
    expect(demoStatementYears(today)).toEqual(years);
  });
});
