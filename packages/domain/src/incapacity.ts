// Incapacity to work of a salaried employee (seed 002): the employer pays the first month ("guaranteed
// pay"), then a statutory replacement income takes over; the group insurance adds its annuity and takes
// over the premiums only once the contract's personal risk period is over.
import { addDays, addMonths, assertIsoDate, compareDates } from './dates';

export const incapacityCauses = [
  'illness',
  'private-accident',
  'occupational-accident',
  'pregnancy',
] as const;
export type IncapacityCause = (typeof incapacityCauses)[number];

// "In some contracts, a longer personal risk period has been agreed with your employer: 60, 90, 180 or
// even 365 days." The contract's value is on the benefit statement.
export const personalRiskPeriods = [30, 60, 90, 180, 365] as const;
export type PersonalRiskPeriod = (typeof personalRiskPeriods)[number];

// "After 30 days of incapacity to work, your employer will stop paying your salary": the "month" of
// guaranteed pay counts 30 calendar days, the first day of incapacity being day 1.
export const guaranteedPayDays = 30;
// "Vivium must be informed of the incapacity for work no later than 45 days after the start".
export const reportingDays = 45;

export type StatutoryBenefitPayer = 'health-insurance-fund' | 'occupational-accident-insurer';

export interface Incapacity {
  /** the first day the affiliate is unable to work */
  firstDay: string;
  cause: IncapacityCause;
  personalRiskPeriodDays: number;
  /** "The personal risk period starts on the day a doctor assesses the incapacity": the first day if unset */
  doctorAssessedOn?: string;
}

export interface IncapacityTimeline {
  /** last day the employer pays the salary; null on maternity leave, paid by the fund from the first day */
  guaranteedPayEnd: string | null;
  /** first day of the replacement income, and who pays it */
  statutoryBenefitFrom: string;
  statutoryBenefitPayer: StatutoryBenefitPayer;
  /** first day of the insurer's annuity ("Vivium will contribute when the personal risk period is over") */
  insurerContributionFrom: string;
  /** first day the insurer pays the premiums: "A personal risk period always applies to [...] premium waivers" */
  premiumWaiverFrom: string;
  /** last day on which the insurer must be informed */
  reportingDeadline: string;
}

export function reportingDeadline(firstDay: string): string {
  return addDays(firstDay, reportingDays);
}

/** A declaration made on the deadline itself is on time ("no later than"). */
export function isDeclarationLate(firstDay: string, declaredOn: string): boolean {
  return compareDates(declaredOn, reportingDeadline(firstDay)) > 0;
}

export function incapacityTimeline(incapacity: Incapacity): IncapacityTimeline {
  const { firstDay, cause, personalRiskPeriodDays } = incapacity;
  assertIsoDate(firstDay);
  if (!incapacityCauses.includes(cause)) throw new RangeError(`Unknown cause of incapacity: '${cause}'`);
  if (!(personalRiskPeriods as readonly number[]).includes(personalRiskPeriodDays)) {
    throw new RangeError(
      `The personal risk period is 30, 60, 90, 180 or 365 days, got ${personalRiskPeriodDays}`,
    );
  }
  const riskPeriodStart = incapacity.doctorAssessedOn ?? firstDay;
  if (compareDates(riskPeriodStart, firstDay) < 0) {
    throw new RangeError(
      `A doctor cannot assess an incapacity (${riskPeriodStart}) before it starts (${firstDay})`,
    );
  }

  // "If you go on maternity leave, you will immediately receive a benefit from the health insurance fund."
  const guaranteedPayEnd = cause === 'pregnancy' ? null : addDays(firstDay, guaranteedPayDays - 1);
  // "Vivium's additional supplement will start from the second month of incapacity to work at the earliest,
  // regardless of the cause": the personal risk period alone sets the insurer's start.
  const insurerFrom = addDays(riskPeriodStart, personalRiskPeriodDays);
  return {
    guaranteedPayEnd,
    statutoryBenefitFrom: guaranteedPayEnd === null ? firstDay : addDays(guaranteedPayEnd, 1),
    statutoryBenefitPayer:
      cause === 'occupational-accident' ? 'occupational-accident-insurer' : 'health-insurance-fund',
    insurerContributionFrom: insurerFrom,
    premiumWaiverFrom: insurerFrom,
    reportingDeadline: reportingDeadline(firstDay),
  };
}

/** What one contract insures that an incapacity calls on. */
export interface IncapacityCover {
  /** the yearly disability annuity; 0: the contract has no disability cover */
  disabilityAnnuity: number;
  premiumWaiver: boolean;
}

/**
 * The days the insurer starts on one contract, or null where the contract does not insure it: "If your
 * group insurance includes disability cover, you will also receive an additional allowance"; "If you have
 * premium waiver cover, Vivium will take over the group insurance premium payments".
 */
export function insurerStartsOf(
  timeline: Pick<IncapacityTimeline, 'insurerContributionFrom' | 'premiumWaiverFrom'>,
  cover: IncapacityCover,
): { insurerContributionFrom: string | null; premiumWaiverFrom: string | null } {
  return {
    insurerContributionFrom: cover.disabilityAnnuity > 0 ? timeline.insurerContributionFrom : null,
    premiumWaiverFrom: cover.premiumWaiver ? timeline.premiumWaiverFrom : null,
  };
}

// Addendum, 6: "en cas d'incapacité de travail partielle, la rente est versée à 100%, uniquement pendant la
// première année d'incapacité de travail. A l'expiration de cette période, la rente est versée
// proportionnellement au pourcentage d'incapacité de travail reconnu." The year runs from the first day of
// incapacity to the day before its anniversary (29 February's anniversary is 28 February).
/** The yearly annuity paid on a given day for a recognised incapacity rate (1–100 %); the risk period aside. */
export function annuityForIncapacityRate(input: {
  insuredAnnuity: number;
  incapacityRate: number;
  firstDay: string;
  on: string;
}): number {
  const { insuredAnnuity, incapacityRate, firstDay, on } = input;
  if (!Number.isFinite(insuredAnnuity) || insuredAnnuity < 0) {
    throw new RangeError(`insuredAnnuity must be an amount of 0 EUR or more, got ${insuredAnnuity}`);
  }
  if (!Number.isFinite(incapacityRate) || incapacityRate <= 0 || incapacityRate > 100) {
    throw new RangeError(`incapacityRate must be a percentage above 0 and up to 100, got ${incapacityRate}`);
  }
  if (compareDates(on, firstDay) < 0)
    throw new RangeError(`${on} is before the incapacity starts (${firstDay})`);
  if (compareDates(on, addMonths(firstDay, 12)) < 0) return insuredAnnuity;
  return Math.round(insuredAnnuity * incapacityRate) / 100;
}
