import { describe, expect, it } from 'vitest';
import type { Incapacity, IncapacityTimeline } from './incapacity';
import {
  annuityForIncapacityRate,
  incapacityTimeline,
  insurerStartsOf,
  isDeclarationLate,
  reportingDeadline,
} from './incapacity';

// An illness from Monday 10 March 2025 under the usual 30-day personal risk period; each case changes a field.
const base: Incapacity = { firstDay: '2025-03-10', cause: 'illness', personalRiskPeriodDays: 30 };
const illness: IncapacityTimeline = {
  guaranteedPayEnd: '2025-04-08',
  statutoryBenefitFrom: '2025-04-09',
  statutoryBenefitPayer: 'health-insurance-fund',
  insurerContributionFrom: '2025-04-09',
  premiumWaiverFrom: '2025-04-09',
  reportingDeadline: '2025-04-24',
};
const insurerFrom = (day: string) => ({ insurerContributionFrom: day, premiumWaiverFrom: day });

describe('incapacityTimeline', () => {
  it.each<[string, Partial<Incapacity>, Partial<IncapacityTimeline>]>([
    // "After 30 days of incapacity to work, your employer will stop paying your salary and your group
    // insurance premium." "Vivium's additional supplement will start from the second month of incapacity to
    // work at the earliest, regardless of the cause. This 30-day personal risk period will be in line with
    // the period of guaranteed pay."
    ['illness, 30 days: the insurer takes over the day after the guaranteed pay', {}, {}],
    // "your health insurance fund (in case of illness or a private accident in private life)"
    ['private accident', { cause: 'private-accident' }, {}],
    // "the insurance company providing the industrial accident cover of your employer will start contributing
    // after the month of guaranteed pay"
    [
      'occupational accident',
      { cause: 'occupational-accident' },
      { statutoryBenefitPayer: 'occupational-accident-insurer' },
    ],
    // "If you go on maternity leave, you will immediately receive a benefit from the health insurance fund."
    [
      'maternity leave: no guaranteed pay',
      { cause: 'pregnancy' },
      { guaranteedPayEnd: null, statutoryBenefitFrom: '2025-03-10' },
    ],
    // "In some contracts, a longer personal risk period has been agreed with your employer: 60, 90, 180 or
    // even 365 days." "Vivium will contribute when the personal risk period is over."
    ['60-day risk period', { personalRiskPeriodDays: 60 }, insurerFrom('2025-05-09')],
    ['90-day risk period', { personalRiskPeriodDays: 90 }, insurerFrom('2025-06-08')],
    ['180-day risk period', { personalRiskPeriodDays: 180 }, insurerFrom('2025-09-06')],
    ['365-day risk period', { personalRiskPeriodDays: 365 }, insurerFrom('2026-03-10')],
    [
      'maternity leave, 90 days: the risk period still applies',
      { cause: 'pregnancy', personalRiskPeriodDays: 90 },
      { guaranteedPayEnd: null, statutoryBenefitFrom: '2025-03-10', ...insurerFrom('2025-06-08') },
    ],
    // "The personal risk period starts on the day a doctor assesses the incapacity to work."
    [
      'a doctor sees the affiliate two days later',
      { doctorAssessedOn: '2025-03-12' },
      insurerFrom('2025-04-11'),
    ],
    ['a doctor sees the affiliate the first day', { doctorAssessedOn: '2025-03-10' }, {}],
    // 30 days, not a calendar month: February's length shows
    [
      'across a leap February',
      { firstDay: '2024-02-15' },
      {
        guaranteedPayEnd: '2024-03-15',
        statutoryBenefitFrom: '2024-03-16',
        ...insurerFrom('2024-03-16'),
        reportingDeadline: '2024-03-31',
      },
    ],
    [
      'across a common February',
      { firstDay: '2025-02-15' },
      {
        guaranteedPayEnd: '2025-03-16',
        statutoryBenefitFrom: '2025-03-17',
        ...insurerFrom('2025-03-17'),
        reportingDeadline: '2025-04-01',
      },
    ],
    [
      'across the new year',
      { firstDay: '2024-12-20', personalRiskPeriodDays: 365 },
      {
        guaranteedPayEnd: '2025-01-18',
        statutoryBenefitFrom: '2025-01-19',
        ...insurerFrom('2025-12-20'),
        reportingDeadline: '2025-02-03',
      },
    ],
  ])('%s', (_name, change, expected) => {
    expect(incapacityTimeline({ ...base, ...change })).toEqual({ ...illness, ...expected });
  });

  it.each<[string, Partial<Incapacity>, RegExp]>([
    ['a 45-day risk period', { personalRiskPeriodDays: 45 }, /30, 60, 90, 180 or 365 days, got 45/],
    [
      'an unknown cause',
      { cause: 'burn-out' as Incapacity['cause'] },
      /Unknown cause of incapacity: 'burn-out'/,
    ],
    ['a day that does not exist', { firstDay: '2025-02-29' }, /Not an ISO date/],
    ['a doctor before the first day', { doctorAssessedOn: '2025-03-09' }, /before it starts/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => incapacityTimeline({ ...base, ...change })).toThrow(RangeError);
    expect(() => incapacityTimeline({ ...base, ...change })).toThrow(message);
  });
});

describe('reporting: "Vivium must be informed of the incapacity for work no later than 45 days after the start"', () => {
  it.each([
    ['2025-03-10', '2025-04-24'],
    ['2024-12-20', '2025-02-03'],
  ])('started %s: deadline %s', (firstDay, deadline) => expect(reportingDeadline(firstDay)).toBe(deadline));

  it.each([
    ['the first day', '2025-03-10', false],
    ['on the deadline', '2025-04-24', false],
    ['the day after the deadline', '2025-04-25', true],
    ['months later', '2025-09-01', true],
    // a maternity leave can be reported before it starts
    ['ahead of the start', '2025-03-01', false],
  ])('declared %s (%s): late %s', (_name, declaredOn, late) => {
    expect(isDeclarationLate('2025-03-10', declaredOn)).toBe(late);
  });
});

describe('annuityForIncapacityRate: partial incapacity', () => {
  // "en cas d'incapacité de travail partielle, la rente est versée à 100%, uniquement pendant la première
  // année d'incapacité de travail. A l'expiration de cette période, la rente est versée proportionnellement au
  // pourcentage d'incapacité de travail reconnu."
  const annuity = { insuredAnnuity: 12_000, incapacityRate: 50, firstDay: '2024-03-10' };
  it.each<[string, Partial<Parameters<typeof annuityForIncapacityRate>[0]>, number]>([
    ['the first day: 100 %', { on: '2024-03-10' }, 12_000],
    ['the last day of the first year: 100 %', { on: '2025-03-09' }, 12_000],
    ['the anniversary: in proportion', { on: '2025-03-10' }, 6_000],
    ['years later: in proportion', { on: '2030-01-01' }, 6_000],
    ['total incapacity after the first year', { on: '2026-01-01', incapacityRate: 100 }, 12_000],
    ['to the cent', { on: '2026-01-01', insuredAnnuity: 12_000.55, incapacityRate: 33.3 }, 3_996.18],
    ['from 29 February: still 100 % on 27 February', { firstDay: '2024-02-29', on: '2025-02-27' }, 12_000],
    ['from 29 February: in proportion on 28 February', { firstDay: '2024-02-29', on: '2025-02-28' }, 6_000],
  ])('%s', (_name, change, paid) =>
    expect(annuityForIncapacityRate({ ...annuity, on: '2024-06-01', ...change })).toBe(paid),
  );

  it.each<[string, Partial<Parameters<typeof annuityForIncapacityRate>[0]>, RegExp]>([
    ['a rate of 0 %', { incapacityRate: 0 }, /above 0 and up to 100, got 0/],
    ['a rate above 100 %', { incapacityRate: 101 }, /got 101/],
    ['NaN as rate', { incapacityRate: NaN }, /got NaN/],
    ['a negative annuity', { insuredAnnuity: -1 }, /insuredAnnuity .* got -1/],
    ['a day before the incapacity', { on: '2024-03-09' }, /before the incapacity starts/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => annuityForIncapacityRate({ ...annuity, on: '2024-06-01', ...change })).toThrow(message);
  });
});

// "If your group insurance includes disability cover, you will also receive an additional allowance";
// "If you have premium waiver cover, Vivium will take over the group insurance premium payments".
describe('insurerStartsOf: only what the contract insures', () => {
  it.each([
    ['both covers', { disabilityAnnuity: 12_000, premiumWaiver: true }, '2025-04-09', '2025-04-09'],
    ['no disability cover', { disabilityAnnuity: 0, premiumWaiver: true }, null, '2025-04-09'],
    ['no premium waiver cover', { disabilityAnnuity: 12_000, premiumWaiver: false }, '2025-04-09', null],
    ['neither', { disabilityAnnuity: 0, premiumWaiver: false }, null, null],
  ])('%s', (_case, cover, insurerContributionFrom, premiumWaiverFrom) => {
    expect(insurerStartsOf(illness, cover)).toEqual({ insurerContributionFrom, premiumWaiverFrom });
  });
});
