import { type Executor, schema } from '@groupdesk/db';
import {
  type AcceptanceTable,
  type IncreaseReason,
  type MedicalFormality,
  capitalAtRisk,
  freeCoverLimit,
  medicalFormality,
  medicalFormalityForIncrease,
  strictestFormality,
} from '@groupdesk/domain';
import { and, count, eq, inArray } from 'drizzle-orm';

const { affiliateContracts } = schema;

/** "N" of the acceptance tables: the affiliates whose affiliation to the group contract is active. */
export async function activeAffiliateCounts(
  tx: Executor,
  contractIds: string[],
): Promise<Map<string, number>> {
  if (contractIds.length === 0) return new Map();
  const rows = await tx
    .select({ contractId: affiliateContracts.contractId, n: count() })
    .from(affiliateContracts)
    .where(and(inArray(affiliateContracts.contractId, contractIds), eq(affiliateContracts.status, 'active')))
    .groupBy(affiliateContracts.contractId);
  return new Map(rows.map((row) => [row.contractId, row.n]));
}

export interface RequestedCover {
  table: AcceptanceTable;
  participants: number;
  deathCapital: number;
  disabilityAnnuity: number;
  capitalAtRisk?: number;
  lifeCapital?: number;
}

// The organizer's death table asks formalities only where the law allows them, which from N = 10 on
// depends on both capitals: above the Free Cover Limit the formality cannot be told without them.
export const lacksCapitals = (cover: RequestedCover): boolean =>
  cover.table === 'organizer' &&
  cover.participants >= 10 &&
  cover.deathCapital >
    freeCoverLimit({ cover: 'death', table: 'organizer', participants: cover.participants }) &&
  (cover.capitalAtRisk === undefined || cover.lifeCapital === undefined);

/** The formality asked at affiliation: the stricter of the death capital's and the disability annuity's. */
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

export interface GuaranteeIncrease {
  reason: IncreaseReason;
  table: AcceptanceTable;
  participants: number;
  reserves: number;
  /** the insured life (retirement) capital, against which the capital at risk is weighed */
  lifeCapital: number;
  before: { deathCapital: number; disabilityAnnuity: number };
  after: { deathCapital: number; disabilityAnnuity: number };
}

/**
 * The formality asked when an insured affiliate's guarantees change ("en cours d'assurance"): the capital at
 * risk is the death capital beyond the reserves, weighed against the insured life capital.
 */
export function increaseFormality(increase: GuaranteeIncrease): MedicalFormality {
  const { reason, table, participants, reserves, before, after } = increase;
  const death = medicalFormalityForIncrease({
    cover: 'death',
    reason,
    table,
    participants,
    amount: after.deathCapital,
    capitalAtRiskBefore: capitalAtRisk(before.deathCapital, reserves),
    capitalAtRisk: capitalAtRisk(after.deathCapital, reserves),
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
