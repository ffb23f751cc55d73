// The life of an affiliate after affiliation (regulation addendum, seed 003, "Date de mutation"): the
// situations that change the guarantees, and what a suspension of the employment contract does to premiums.
import { compareDates } from './dates';
import type { IncreaseReason, MedicalFormality } from './medical-acceptance';
import { medicalFormalities } from './medical-acceptance';

// "catégorie de personnel pour laquelle l'organisateur a instauré un engagement de pension"
export const employeeCategories = ['employees', 'workers', 'executives'] as const;
export type EmployeeCategory = (typeof employeeCategories)[number];

// The addendum's definitions: "affilié isolé", "affilié marié", "affilié cohabitant légal",
// "affilié cohabitant de fait".
export const familySituations = ['single', 'married', 'legal-cohabitant', 'de-facto-cohabitant'] as const;
export type FamilySituation = (typeof familySituations)[number];

// "suspension du contrat de travail": illness beyond the guaranteed pay, career break ("interruption de carrière")
export const suspensionReasons = ['illness', 'career-break'] as const;
export type SuspensionReason = (typeof suspensionReasons)[number];

/** The situations of "Date de mutation": they change the guarantees on the mutation date. */
export const mutationEventKinds = [
  'occupancy-rate',
  'family-situation',
  'category',
  'suspension',
  'suspension-end',
] as const;
export type MutationEventKind = (typeof mutationEventKinds)[number];

/** Everything the affiliate's history shows: the mutations, and the affiliation and exit around them. */
export const affiliateEventKinds = ['affiliation', ...mutationEventKinds, 'exit'] as const;
export type AffiliateEventKind = (typeof affiliateEventKinds)[number];

// "En cas de modification du pourcentage de temps de travail ou en cas de reprise du travail après une
// suspension provisoire, aucune formalité médicale n'est requise": guarantees that grow because of these
// two never call for a formality; any other growth is a benefit increase.
export function increaseReasonOf(kind: MutationEventKind): IncreaseReason {
  if (kind === 'occupancy-rate') return 'occupancy-rate-change';
  if (kind === 'suspension-end') return 'return-after-suspension';
  return 'benefit-increase';
}

/** A suspension of the employment contract as the history holds it: from one mutation date to another. */
export interface SuspensionPeriod {
  reason: SuspensionReason;
  /** the mutation date of the suspension: no premium from this day on */
  from: string;
  /** the mutation date of the return to work: the premium is due again from this day; null while open */
  until: string | null;
}

/** Whether a suspension keeps the premium away on `day`: from its mutation date, up to the return's. */
export function isPremiumSuspendedOn(
  period: Pick<SuspensionPeriod, 'from' | 'until'> | null,
  day: string,
): boolean {
  if (period === null) return false;
  if (compareDates(day, period.from) < 0) return false;
  return period.until === null || compareDates(day, period.until) < 0;
}

/** The formality to go through when several covers ask one each: the most demanding of them. */
export function strictestFormality(...formalities: MedicalFormality[]): MedicalFormality {
  return formalities.reduce<MedicalFormality>(
    (strictest, formality) =>
      medicalFormalities.indexOf(formality) > medicalFormalities.indexOf(strictest) ? formality : strictest,
    'none',
  );
}

// "capital-décès sous risque": what the insurer pays on death beyond the reserve already built up.
export function capitalAtRisk(deathCapital: number, reserves: number): number {
  return Math.max(0, deathCapital - reserves);
}

// Seed 000, question 16: the professional address is written to "jusqu'à sa sortie de service". An exit is
// recorded with its date, which may still be ahead: until that day the affiliate is in service.
/** Whether the affiliate is still in service on `day`: the exit date decides once one is recorded. */
export function isInServiceOn(
  affiliate: { employmentStatus: 'in-service' | 'left'; leftOn: string | null },
  day: string,
): boolean {
  if (affiliate.leftOn !== null) return compareDates(day, affiliate.leftOn) < 0;
  return affiliate.employmentStatus === 'in-service';
}
