// Medical acceptance ("acceptation médicale", regulation addendum of 23 October 2010, seed 003): which
// medical formality the insurer asks before it covers a death capital or a disability annuity, by the
// amount, the number of affiliates N and the table that applies to the affiliate.

export const medicalCovers = ['death', 'disability'] as const;
export type MedicalCover = (typeof medicalCovers)[number];

// 'organizer': "option de l'organisateur", plans without choice, or with choice when more than 75 % take it;
// 'other': "autre option que celle de l'organisateur", an affiliate who chose another option.
export const acceptanceTables = ['organizer', 'other'] as const;
export type AcceptanceTable = (typeof acceptanceTables)[number];

export const medicalFormalities = [
  'none', // within the Free Cover Limit
  'health-declaration', // the organizer's disability table, N ≥ 100: a simplified formality (label illegible)
  'questionnaire', // "questionnaire médical"
  'treating-doctor', // "examen médecin traitant"
  'cardiologist', // "examen cardiologue"
] as const;
export type MedicalFormality = (typeof medicalFormalities)[number];

export interface MedicalFormalityInput {
  cover: MedicalCover;
  table: AcceptanceTable;
  /** "N": all affiliates (guarantees without choice) or those who took the option (with choice) */
  participants: number;
  /** the death capital, or the yearly disability annuity, in EUR */
  amount: number;
  /** death, organizer table, N ≥ 10: "capital-décès sous risque", for the 150 % rule */
  capitalAtRisk?: number;
  /** death, organizer table, N ≥ 10: "capital-vie assuré", for the 150 % rule */
  lifeCapital?: number;
}

/** Upper bound (inclusive, EUR) by N band 1–10, 11–99, ≥ 100; null: "pas d'application" for that band. */
type Bounds = readonly [number | null, number | null, number | null];
type Table = ReadonlyArray<readonly [MedicalFormality, Bounds]>;

// The seed's rows in its order; an amount above the last row calls for the cardiologist.
const tables: Record<MedicalCover, Record<AcceptanceTable, Table>> = {
  death: {
    organizer: [
      ['none', [100_000, 400_000, 750_000]],
      ['questionnaire', [250_000, 750_000, 1_000_000]],
      ['treating-doctor', [1_250_000, 1_500_000, 2_000_000]],
    ],
    other: [
      ['none', [100_000, 100_000, 100_000]],
      ['questionnaire', [250_000, 500_000, 750_000]],
      ['treating-doctor', [1_250_000, 1_500_000, 2_000_000]],
    ],
  },
  disability: {
    organizer: [
      ['none', [6_000, 18_000, 18_000]],
      ['health-declaration', [null, null, 75_000]],
      ['questionnaire', [25_000, 40_000, null]],
      ['treating-doctor', [75_000, 75_000, 100_000]],
    ],
    other: [
      ['none', [6_000, 6_000, 6_000]],
      ['questionnaire', [25_000, 25_000, 50_000]],
      ['treating-doctor', [75_000, 75_000, 100_000]],
    ],
  },
};

function assertAmount(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be an amount of 0 EUR or more, got ${value}`);
  }
}

function rowsFor(
  input: Pick<MedicalFormalityInput, 'cover' | 'table' | 'participants'>,
): Array<readonly [MedicalFormality, number | null]> {
  const rows = tables[input.cover]?.[input.table];
  if (!rows)
    throw new RangeError(`No acceptance table for cover '${input.cover}' and table '${input.table}'`);
  const { participants: n } = input;
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`participants (N) must be a whole number of 1 or more, got ${n}`);
  }
  const band = n <= 10 ? 0 : n <= 99 ? 1 : 2;
  return rows.map(([formality, bounds]) => [formality, bounds[band] ?? null] as const);
}

/**
 * Whether the formality depends on the capital at risk and the insured life capital: under the organizer's
 * death table, from N = 10 on and above the Free Cover Limit, where the law allows formalities only when the
 * capital at risk exceeds 150 % of the life capital. Within the limit, or below N = 10, the amount alone decides.
 */
export function needsCapitals(
  input: Pick<MedicalFormalityInput, 'cover' | 'table' | 'participants' | 'amount'>,
): boolean {
  return (
    input.cover === 'death' &&
    input.table === 'organizer' &&
    input.participants >= 10 &&
    input.amount > freeCoverLimit(input)
  );
}

/** Why these capitals cannot be, or null: the same checks for the route's schema and for the rule. */
export function impossibleCapitals(
  input: Pick<MedicalFormalityInput, 'cover' | 'amount' | 'capitalAtRisk' | 'lifeCapital'>,
): 'capitalsNotForDisability' | 'capitalAtRiskAboveAmount' | null {
  const { capitalAtRisk, lifeCapital } = input;
  // the 150 % rule weighs a death capital: a disability annuity has neither capital
  if (input.cover === 'disability' && (capitalAtRisk !== undefined || lifeCapital !== undefined)) {
    return 'capitalsNotForDisability';
  }
  // the capital at risk is the death capital beyond the reserve: never more than the death capital itself
  if (capitalAtRisk !== undefined && capitalAtRisk > input.amount) return 'capitalAtRiskAboveAmount';
  return null;
}

/** The formality asked at affiliation ("acceptation médicale à l'affiliation"). */
export function medicalFormality(input: MedicalFormalityInput): MedicalFormality {
  const rows = rowsFor(input);
  assertAmount(input.amount, 'amount');
  if (input.capitalAtRisk !== undefined) assertAmount(input.capitalAtRisk, 'capitalAtRisk');
  if (input.lifeCapital !== undefined) assertAmount(input.lifeCapital, 'lifeCapital');
  const impossible = impossibleCapitals(input);
  if (impossible === 'capitalsNotForDisability') {
    throw new RangeError(
      'capitalAtRisk and lifeCapital apply to a death capital, not to a disability annuity',
    );
  }
  if (impossible === 'capitalAtRiskAboveAmount') {
    throw new RangeError(
      `capitalAtRisk (${input.capitalAtRisk}) cannot exceed the death capital (${input.amount})`,
    );
  }
  if (needsCapitals(input) && !lawAllowsFormalities(input)) return 'none';
  const row = rows.find(([, bound]) => bound !== null && input.amount <= bound);
  return row?.[0] ?? 'cardiologist';
}

// Under the organizer's death table only: "Dans la mesure où la loi les permet (= capital-décès sous
// risque > 150% du capital-vie assuré ou "N" < 10). Dans les autres cas, pas d'acceptation médicale."
// Where needsCapitals, the answer depends on both capitals, so without them we refuse rather than guess:
// assuming 'none' would let a large capital through untested, assuming formalities would ask them unlawfully.
function lawAllowsFormalities({ capitalAtRisk, lifeCapital }: MedicalFormalityInput): boolean {
  if (capitalAtRisk === undefined || lifeCapital === undefined) {
    throw new RangeError(
      "Above the Free Cover Limit, from N = 10 on, the organizer's death table needs capitalAtRisk and " +
        'lifeCapital: formalities are lawful only when the capital at risk exceeds 150 % of the insured life capital',
    );
  }
  // × 2 > × 3 is "above 150 %" without a rounded 1.5 factor
  return capitalAtRisk * 2 > lifeCapital * 3;
}

/** The Free Cover Limit: the highest amount accepted without any medical formality for this table and N. */
export function freeCoverLimit(
  input: Pick<MedicalFormalityInput, 'cover' | 'table' | 'participants'>,
): number {
  const [, limit] = rowsFor(input)[0] ?? [];
  if (limit == null) throw new RangeError('Every table starts with its Free Cover Limit');
  return limit;
}

export type PendingCause = 'accident' | 'illness';

// "jusqu'à l'acceptation du risque par VIVIUM : totalement, si [le sinistre] résulte d'un accident ; à
// concurrence de la Free Cover Limit, si [il] résulte d'une maladie."
/** The amount covered while the insurer has not yet accepted the risk. */
export function coverWhilePending(input: MedicalFormalityInput & { cause: PendingCause }): number {
  if (medicalFormality(input) === 'none' || input.cause === 'accident') return input.amount;
  return Math.min(input.amount, freeCoverLimit(input));
}

// "acceptation médicale en cours d'assurance": why the guarantees of an insured affiliate grow.
export const increaseReasons = [
  'benefit-increase',
  'occupancy-rate-change',
  'return-after-suspension',
] as const;
export type IncreaseReason = (typeof increaseReasons)[number];

export type BenefitIncrease =
  | { cover: 'retirement'; reason: IncreaseReason }
  | (MedicalFormalityInput & {
      cover: 'death';
      reason: IncreaseReason;
      capitalAtRiskBefore: number;
      /** the capital at risk after the increase */
      capitalAtRisk: number;
    })
  | (MedicalFormalityInput & { cover: 'disability'; reason: IncreaseReason; annuityBefore: number });

// Compared in cents so that "20 %" holds at the bound whatever the binary rounding of the amounts.
const cents = (amount: number) => Math.round(amount * 100);

function increaseCallsForFormalities(increase: Exclude<BenefitIncrease, { cover: 'retirement' }>): boolean {
  const [before, after] =
    increase.cover === 'death'
      ? [increase.capitalAtRiskBefore, increase.capitalAtRisk]
      : [increase.annuityBefore, increase.amount];
  assertAmount(before, increase.cover === 'death' ? 'capitalAtRiskBefore' : 'annuityBefore');
  assertAmount(after, increase.cover === 'death' ? 'capitalAtRisk' : 'amount');
  const rise = cents(after) - cents(before);
  if (rise <= 0) return false;
  const atLeastFifthAtOnce = rise * 5 >= cents(before);
  // death: "un accroissement du capital sous risque en une fois de 20% ou plus de son montant"
  if (increase.cover === 'death') return atLeastFifthAtOnce;
  // disability: "atteint en une fois, 20% et 6.000 EUR au minimum" or "la rente annuelle assurée excède 100.000 EUR"
  return (atLeastFifthAtOnce && rise >= cents(6_000)) || cents(after) > cents(100_000);
}

/** The formality asked when an insured affiliate's guarantees grow; the tables then apply to the new amount. */
export function medicalFormalityForIncrease(increase: BenefitIncrease): MedicalFormality {
  if (!increaseReasons.includes(increase.reason)) {
    throw new RangeError(`Unknown reason for an increase: '${String(increase.reason)}'`);
  }
  // "Aucune augmentation du capital assuré en cas de vie ne requiert de quelconques formalités médicales."
  if (increase.cover === 'retirement') return 'none';
  const calledFor = increaseCallsForFormalities(increase);
  // "En cas de modification du pourcentage de temps de travail ou en cas de reprise du travail après une
  // suspension provisoire, aucune formalité médicale n'est requise."
  if (increase.reason !== 'benefit-increase' || !calledFor) return 'none';
  return medicalFormality(increase);
}

// Cafeteria plans: the LPC's "standard significatif" (engagement standard significatif) is the floor the
// guarantees fall back to when the budget runs short, and its extra premium is the employer's.
export type GuaranteeBasis =
  | { basis: 'salary'; referenceSalary: number } // "exprimé en pourcentage du salaire de référence"
  | { basis: 'flat' }; // "correspond à un montant forfaitaire"

// "capital-décès : remboursement de la réserve ; avec un minimum de 1 fois le salaire de référence, limité à
// 100.000 EUR [...] ; avec un minimum de 20.000 EUR [forfaitaire]": the reserve, floored at that minimum.
export function significantStandardDeathCapital(input: GuaranteeBasis & { reserve: number }): number {
  assertAmount(input.reserve, 'reserve');
  if (input.basis === 'flat') return Math.max(input.reserve, 20_000);
  assertAmount(input.referenceSalary, 'referenceSalary');
  return Math.max(input.reserve, Math.min(input.referenceSalary, 100_000));
}

// "rente d'incapacité de travail : 10% du salaire de référence, avec un maximum de 6.000 EUR [...] ;
// 2.000 EUR, si la rente annuelle correspond à un montant forfaitaire."
export function significantStandardDisabilityAnnuity(input: GuaranteeBasis): number {
  if (input.basis === 'flat') return 2_000;
  assertAmount(input.referenceSalary, 'referenceSalary');
  return Math.min(Math.round(cents(input.referenceSalary) / 10) / 100, 6_000);
}

// "si l'avance calculée est inférieure à 2.500 EUR, elle ne sera pas attribuée" (advance on contracts).
export const minimumAdvance = 2_500;
export function isAdvanceGranted(calculatedAdvance: number): boolean {
  assertAmount(calculatedAdvance, 'calculatedAdvance');
  return calculatedAdvance >= minimumAdvance;
}
