import type { AffiliateEventInput, EventGuarantees } from '@groupdesk/contracts';
import { type Transaction, schema } from '@groupdesk/db';
import {
  type MutationEventKind,
  capitalsAtRiskOf,
  guaranteeChangeFormality,
  increaseReasonOf,
} from '@groupdesk/domain';
import { and, eq } from 'drizzle-orm';
import { invalidFields } from '../../lib/field-errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { contractScope } from '../affiliates/affiliate-scope';
import { activeAffiliateCounts } from './medical-formalities';

const { affiliateContracts, groupContracts } = schema;

export type GuaranteeChanges = NonNullable<
  Extract<AffiliateEventInput, { guarantees?: unknown }>['guarantees']
>;

/** The user's contracts, or every contract for the job that writes a change dated ahead on its day. */
type ContractScope = Pick<EmployerAccessContext, 'contractIds'>;

/** What a change of guarantees reads of an affiliation (with its contract's number) to weigh its formality. */
export const affiliationForFormality = {
  id: affiliateContracts.id,
  contractId: affiliateContracts.contractId,
  number: groupContracts.number,
  reserves: affiliateContracts.reserves,
  guarantees: affiliateContracts.guarantees,
  table: affiliateContracts.acceptanceTable,
  formality: affiliateContracts.medicalFormality,
};

/**
 * New guarantees that a change brings, applied at once ("les nouvelles garanties sont accordées
 * immédiatement dès la survenance de la nouvelle situation"), each with the formality the increase asks;
 * a formality other than none puts the affiliation's medical acceptance back to pending.
 * Returns the guarantees before and after, for the history. A change dated ahead (`write: false`) is
 * checked and shown as it stands today, and written on its day by the job.
 */
export async function applyGuaranteeChanges(
  tx: Transaction,
  access: ContractScope,
  affiliateId: string,
  kind: MutationEventKind,
  changes: GuaranteeChanges,
  { write = true } = {},
): Promise<{ before: EventGuarantees[]; after: EventGuarantees[] } | null> {
  if (changes.length === 0) return null;
  const links = await tx
    .select(affiliationForFormality)
    .from(affiliateContracts)
    .innerJoin(groupContracts, eq(groupContracts.id, affiliateContracts.contractId))
    .where(
      and(
        eq(affiliateContracts.affiliateId, affiliateId),
        eq(affiliateContracts.status, 'active'),
        contractScope(access, affiliateContracts.contractId),
      ),
    );
  const unknown = changes.flatMap((change, index) =>
    links.some((link) => link.contractId === change.contractId)
      ? []
      : [{ path: `guarantees.${index}.contractId`, code: 'contract.unknown' as const }],
  );
  if (unknown.length > 0) throw invalidFields(unknown);

  const counts = await activeAffiliateCounts(
    tx,
    links.map((link) => link.contractId),
  );
  const before: EventGuarantees[] = [];
  const after: EventGuarantees[] = [];
  for (const change of changes) {
    const link = links.find((candidate) => candidate.contractId === change.contractId)!;
    const old = {
      deathCapital: link.guarantees.deathCapital,
      disabilityAnnuity: link.guarantees.disabilityAnnuity,
    };
    const next = {
      deathCapital: change.deathCapital ?? old.deathCapital,
      disabilityAnnuity: change.disabilityAnnuity ?? old.disabilityAnnuity,
    };
    const increase = {
      reason: increaseReasonOf(kind),
      table: link.table ?? ('organizer' as const),
      participants: Math.max(1, counts.get(link.contractId) ?? 1),
      reserves: link.reserves,
      lifeCapital: link.guarantees.retirementCapital,
      capitalAtRisk: link.guarantees.capitalAtRisk,
      before: old,
      after: next,
    };
    const formality = guaranteeChangeFormality(increase);
    const recordedAtRisk =
      link.guarantees.capitalAtRisk === undefined ? {} : { capitalAtRisk: capitalsAtRiskOf(increase).after };
    if (write)
      await tx
        .update(affiliateContracts)
        .set({
          guarantees: { ...link.guarantees, ...next, ...recordedAtRisk },
          ...(formality === 'none'
            ? {}
            : { medicalFormality: formality, medicalAcceptance: 'pending' as const }),
        })
        .where(eq(affiliateContracts.id, link.id));
    const shown = { contractId: link.contractId, number: link.number };
    before.push({ ...shown, ...old, medicalFormality: link.formality ?? 'none' });
    after.push({ ...shown, ...next, medicalFormality: formality });
  }
  return { before, after };
}
