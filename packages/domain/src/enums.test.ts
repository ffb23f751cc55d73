import { describe, expect, it } from 'vitest';
import { contractStatuses, employmentStatuses, languages, planTypes, sexes, uiLanguages } from './enums';

describe('enums', () => {
  it('offers the interface only in languages affiliates can be written to in', () => {
    expect(uiLanguages.every((language) => (languages as readonly string[]).includes(language))).toBe(true);
  });

  it.each([
    ['languages', languages],
    ['uiLanguages', uiLanguages],
    ['sexes', sexes],
    ['contractStatuses', contractStatuses],
    ['planTypes', planTypes],
    ['employmentStatuses', employmentStatuses],
  ])('%s has no duplicates', (_name, values) => {
    expect(new Set(values).size).toBe(values.length);
  });
});
