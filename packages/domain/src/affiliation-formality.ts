// The medical formality asked at affiliation for the guarantees of one contract (seed 003, "acceptation
// médicale à l'affiliation"): the API records it, the affiliation form shows it while it is filled in.
import { capitalAtRisk, strictestFormality } from './affiliate-events';
import {
  type AcceptanceTable,
  type IncreaseReason,
  type MedicalFormality,
  type PendingCause,
  coverWhilePending,
  freeCoverLimit,
  medicalFormality,
  medicalFormalityForIncrease,
  needsCapitals,
} from './medical-acceptance';

export interface RequestedCover {
  table: AcceptanceTable;
  /** "N" once the newcomer is affiliated */
  participants: number;
  deathCapital: number;
  disabilityAnnuity: number;
  capitalAtRisk?: number;
  lifeCapital?: number;
}

/**
 * Whether the formality cannot be told without the capital at risk and the life capital: under the
 * organizer's death table from N = 10 on, above the Free Cover Limit, where the law allows formalities only
 * when the capital at risk exceeds 150 % of the life capital.
 */
export function lacksCapitals(cover: RequestedCover): boolean {
  const { table, participants } = cover;
  return (
    needsCapitals({ cover: 'death', table, participants, amount: cover.deathCapital }) &&
    (cover.capitalAtRisk === undefined || cover.lifeCapital === undefined)
  );
}

/** The formality of the death capital and the disability annuity together: the stricter of the two. */
export function affiliationFormality(cover: RequestedCover): MedicalFormality {
  const { table, participants } = cover;
  // within the Free Cover Limit nothing is asked, whatever the capitals (which may then be left out)
  const death =
    cover.deathCapital <= freeCoverLimit({ cover: 'death', table, participants })
      ? 'none'
      : medicalFormality({
          cover: 'death',
          table,
          participants,
          amount: cover.deathCapital,
          capitalAtRisk: cover.capitalAtRisk,
          lifeCapital: cover.lifeCapital,
        });
  const disability = medicalFormality({
    cover: 'disability',
    table,
    participants,
    amount: cover.disabilityAnnuity,
  });
  return strictestFormality(death, disability);
}

export interface CoveredAmounts {
  deathCapital: number;
  disabilityAnnuity: number;
}

/**
 * What the newcomer is covered for until the insurer accepts the risk, by cause: "totalement, si [le
 * sinistre] résulte d'un accident ; à concurrence de la Free Cover Limit, si [il] résulte d'une maladie".
 * A cover that asks no formality of its own is full whatever the cause.
 */
export function affiliationCoverWhilePending(cover: RequestedCover): Record<PendingCause, CoveredAmounts> {
  const { table, participants, capitalAtRisk, lifeCapital } = cover;
  const byCause = (cause: PendingCause): CoveredAmounts => ({
    deathCapital: coverWhilePending({
      cover: 'death',
      table,
      participants,
      amount: cover.deathCapital,
      capitalAtRisk,
      lifeCapital,
      cause,
    }),
    disabilityAnnuity: coverWhilePending({
      cover: 'disability',
      table,
      participants,
      amount: cover.disabilityAnnuity,
      cause,
    }),
  });
  return { accident: byCause('accident'), illness: byCause('illness') };
}

// "Si le résultat des formalités médicales [...] nécessite l'application d'une clause restrictive de
// couverture, totale ou partielle, l'affilié bénéficiera cependant des couvertures prévues dans le cadre de la
// Free Cover Limit": what the illness cover is while acceptance is pending stays after a refusal.
/** The guarantees kept when the insurer refuses the risk: each cover that asked a formality, up to its limit. */
export function coverAfterRefusal(cover: RequestedCover): CoveredAmounts {
  return affiliationCoverWhilePending(cover).illness;
}

export interface GuaranteeIncrease {
  reason: IncreaseReason;
  table: AcceptanceTable;
  participants: number;
  reserves: number;
  /** the insured life (retirement) capital, against which the capital at risk is weighed */
  lifeCapital: number;
  /**
   * the capital at risk recorded with the guarantees (typed at affiliation, kept through increases); when
   * unset, the death capital beyond the reserves
   */
  capitalAtRisk?: number;
  before: { deathCapital: number; disabilityAnnuity: number };
  after: { deathCapital: number; disabilityAnnuity: number };
}

/**
 * The capital at risk before and after the change. A recorded one moves euro for euro with the death
 * capital: what the insurer already holds against it (reserves transferred in, say) does not change with it.
 */
export function capitalsAtRiskOf(
  increase: Pick<GuaranteeIncrease, 'reserves' | 'capitalAtRisk' | 'before' | 'after'>,
): { before: number; after: number } {
  const { reserves, before, after } = increase;
  if (increase.capitalAtRisk === undefined) {
    return {
      before: capitalAtRisk(before.deathCapital, reserves),
      after: capitalAtRisk(after.deathCapital, reserves),
    };
  }
  const rise = after.deathCapital - before.deathCapital;
  return { before: increase.capitalAtRisk, after: Math.max(0, increase.capitalAtRisk + rise) };
}

/**
 * The formality asked when an insured affiliate's guarantees change ("en cours d'assurance"): the capital at
 * risk is the death capital beyond the reserves, weighed against the insured life capital.
 */
export function guaranteeChangeFormality(increase: GuaranteeIncrease): MedicalFormality {
  const { reason, table, participants, before, after } = increase;
  const atRisk = capitalsAtRiskOf(increase);
  const death = medicalFormalityForIncrease({
    cover: 'death',
    reason,
    table,
    participants,
    amount: after.deathCapital,
    capitalAtRiskBefore: atRisk.before,
    capitalAtRisk: atRisk.after,
    lifeCapital: increase.lifeCapital,
  });
  const disability = medicalFormalityForIncrease({
    cover: 'disability',
    reason,
    table,
    participants,
    amount: after.disabilityAnnuity,
    annuityBefore: before.disabilityAnnuity,
  });
  return strictestFormality(death, disability);
}
