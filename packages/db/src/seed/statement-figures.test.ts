import { describe, expect, it } from 'vitest';
import { type DemoLink, makeAffiliate, makeLinks } from './affiliates';
import { demoStatementYears } from './index';
import { createRandom } from './random';
import { statementFigures } from './statement-figures';

const guarantees = { retirementCapital: 200_000, deathCapital: 100_000, disabilityAnnuity: 15_000 };
const inForce = {
  reserves: 40_000,
  guarantees: { ...guarantees, premiumWaiver: true },
  annualPremium: 3_000,
};
const link = (changes: Partial<DemoLink>): DemoLink => ({
  affiliateId: 'a',
  contractIndex: 0,
  status: 'active',
  affiliationDate: '2010-03-01',
  terminationDate: null,
  reserves: inForce.reserves,
  annualPremium: inForce.annualPremium,
  guarantees: inForce.guarantees,
  salary: 50_000,
  premiumsUntil: null,
  inForce,
  ...changes,
});
const none = {
  reserves: 0,
  guarantees: {
    ...guarantees,
    retirementCapital: 0,
    deathCapital: 0,
    disabilityAnnuity: 0,
    premiumWaiver: false,
  },
};

const figuresOf = (demo: DemoLink) =>
  [2021, 2022, 2023, 2024, 2025].map((year) => {
    const figures = statementFigures(demo, year, { lastYear: 2025, personalRiskPeriodDays: 30 });
    return [
      figures.employerPremium + figures.personalPremium,
      figures.vestedReserves > 0,
      figures.deathCapital > 0,
      figures.premiumWaiver,
    ];
  });

describe("a demo statement's figures in the years before today", () => {
  it.each([
    ['active', link({}), [true, true, true, true, true], [true, true, true, true, true]],
    [
      'suspended now, paying at the statements',
      link({ annualPremium: null }),
      [true, true, true, true, true],
      [true, true, true, true, true],
    ],
    [
      'passive since 10 May 2023',
      link({ status: 'passive', annualPremium: null, premiumsUntil: '2023-05-10' }),
      [true, true, true, false, false],
      [true, true, true, true, true],
    ],
    [
      'left 2 January 2024, terminated 1 March 2024',
      link({
        status: 'terminated',
        annualPremium: null,
        premiumsUntil: '2024-01-02',
        terminationDate: '2024-03-01',
        ...none,
      }),
      [true, true, true, true, false],
      [true, true, true, true, false],
    ],
    [
      'terminated on 1 January 2024',
      link({
        status: 'terminated',
        annualPremium: null,
        premiumsUntil: '2023-11-30',
        terminationDate: '2024-01-01',
        ...none,
      }),
      [true, true, true, false, false],
      [true, true, true, false, false],
    ],
  ])('%s: premiums and reserves by year', (_case, demo, paid, held) => {
    const figures = figuresOf(demo);
    expect(figures.map(([premium]) => premium === inForce.annualPremium)).toEqual(paid);
    expect(figures.map(([premium]) => premium === 0)).toEqual(paid.map((yes) => !yes));
    expect(figures.map(([, reserves]) => reserves)).toEqual(held);
    expect(figures.map(([, , death]) => death)).toEqual(held);
    expect(figures.map(([, , , waiver]) => waiver)).toEqual(held);
  });

  it('over the generated demo: premiums while in service, reserves growing until the termination, zero after', () => {
    const random = createRandom(7);
    const today = '2026-06-15';
    const years = demoStatementYears(today);
    const taken = new Set<string>();
    let checked = 0;
    for (let sequence = 1; sequence <= 2_000; sequence += 1) {
      const affiliate = makeAffiliate(random, {
        id: `a${sequence}`,
        domain: 'test.be',
        language: 'fr',
        sequence,
        today,
        taken,
      });
      for (const demo of makeLinks(random, affiliate, 2, today)) {
        let reserves = 0;
        for (const year of years) {
          const referenceDate = `${year}-01-01`;
          const figures = statementFigures(demo, year, {
            lastYear: years.at(-1)!,
            personalRiskPeriodDays: 30,
          });
          const terminated = demo.terminationDate !== null && referenceDate >= demo.terminationDate;
          const inService = affiliate.leftOn === null || referenceDate < affiliate.leftOn;
          expect(figures.employerPremium > 0).toBe(inService && !terminated);
          if (terminated) {
            expect(figures).toMatchObject({ vestedReserves: 0, deathCapital: 0, premiumWaiver: false });
          } else {
            expect(figures.vestedReserves).toBeGreaterThan(reserves);
            reserves = figures.vestedReserves;
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(5_000);
  });
});
