import type { StatementFigures } from '../schema/affiliates';
import { type DemoLink, round, zeroGuarantees } from './affiliates';

/**
 * A year's figures as they stood at its reference date (1 January): premiums while the affiliate was in
 * service, reserves and guarantees until the affiliation was terminated, zero from the termination on. The
 * salary is 2% lower for each year before the last statement's, the reserves and the projected capital 4%
 * more for each year of the five.
 */
export function statementFigures(
  link: DemoLink,
  year: number,
  context: { lastYear: number; personalRiskPeriodDays: number },
): StatementFigures {
  const referenceDate = `${year}-01-01`;
  const terminated = link.terminationDate !== null && referenceDate >= link.terminationDate;
  const { reserves, guarantees, annualPremium } = terminated
    ? { reserves: 0, guarantees: zeroGuarantees, annualPremium: 0 }
    : link.inForce;
  const premium = link.premiumsUntil === null || referenceDate < link.premiumsUntil ? annualPremium : 0;
  const growth = 1 + (year - (context.lastYear - 5)) * 0.04;
  return {
    referenceDate,
    salary: round(link.salary * (1 - (context.lastYear - year) * 0.02)),
    occupancyRate: 100,
    employerPremium: round(premium * 0.8),
    personalPremium: round(premium * 0.2),
    vestedReserves: round(reserves * growth * 0.85),
    projectedRetirementCapital: round(guarantees.retirementCapital * growth),
    deathCapital: guarantees.deathCapital,
    disabilityAnnuity: guarantees.disabilityAnnuity,
    premiumWaiver: guarantees.premiumWaiver,
    personalRiskPeriodDays: context.personalRiskPeriodDays,
  };
}
