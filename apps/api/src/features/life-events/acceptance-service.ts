import type { AcceptanceDecisionBody } from '@groupdesk/contracts';
import { type Database, schema } from '@groupdesk/db';
import {
  capitalAtRisk,
  capitalsAtRiskOf,
  compareDates,
  coverAfterRefusal,
  todayInBelgium,
} from '@groupdesk/domain';
import { and, eq } from 'drizzle-orm';
import { HttpError, notFound } from '../../lib/errors';
import { invalidFields } from '../../lib/field-errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { contractScope } from '../affiliates/affiliate-scope';
import { writeJournal } from '../journal/journal';
import { lockAffiliate } from './affiliate-lock';
import { affiliationForFormality } from './guarantee-changes';
import { activeAffiliateCounts } from './medical-formalities';

const { affiliateContracts, groupContracts } = schema;

/**
 * Records the insurer's answer to a pending medical acceptance: accepted, the guarantees stand; refused,
 * each cover that asked a formality is kept up to its Free Cover Limit. Journaled with the day of the decision.
 */
export async function decideAcceptance(
  db: Database,
  access: EmployerAccessContext,
  actorUserId: string,
  ids: { affiliateId: string; affiliationId: string },
  { decision, decidedOn }: AcceptanceDecisionBody,
): Promise<void> {
  await db.transaction(async (tx) => {
    await lockAffiliate(tx, access, ids.affiliateId);
    const [link] = await tx
      .select({ ...affiliationForFormality, acceptance: affiliateContracts.medicalAcceptance })
      .from(affiliateContracts)
      .innerJoin(groupContracts, eq(groupContracts.id, affiliateContracts.contractId))
      .where(
        and(
          eq(affiliateContracts.id, ids.affiliationId),
          eq(affiliateContracts.affiliateId, ids.affiliateId),
          contractScope(access, affiliateContracts.contractId),
        ),
      );
    if (!link) throw notFound('Affiliation');
    if (link.acceptance !== 'pending') {
      throw new HttpError(
        409,
        'acceptance_not_pending',
        'No medical acceptance of this contract is pending.',
      );
    }
    // the insurer may answer before an affiliation dated ahead starts, never in the future
    if (compareDates(decidedOn, todayInBelgium()) > 0) {
      throw invalidFields([{ path: 'decidedOn', code: 'date.future' }]);
    }

    const { guarantees } = link;
    const counts = await activeAffiliateCounts(tx, [link.contractId]);
    const kept =
      decision === 'refused'
        ? coverAfterRefusal({
            table: link.table ?? 'organizer',
            participants: Math.max(1, counts.get(link.contractId) ?? 1),
            deathCapital: guarantees.deathCapital,
            disabilityAnnuity: guarantees.disabilityAnnuity,
            capitalAtRisk: guarantees.capitalAtRisk ?? capitalAtRisk(guarantees.deathCapital, link.reserves),
            lifeCapital: guarantees.retirementCapital,
          })
        : null;
    // a recorded capital at risk falls with the capital it is part of
    const atRisk =
      kept && guarantees.capitalAtRisk !== undefined
        ? {
            capitalAtRisk: capitalsAtRiskOf({
              reserves: link.reserves,
              capitalAtRisk: guarantees.capitalAtRisk,
              before: guarantees,
              after: kept,
            }).after,
          }
        : {};
    const after = kept ? { ...guarantees, ...kept, ...atRisk } : guarantees;
    await tx
      .update(affiliateContracts)
      .set({ medicalAcceptance: decision, guarantees: after })
      .where(eq(affiliateContracts.id, link.id));
    const covers = (values: typeof guarantees) => ({
      deathCapital: values.deathCapital,
      disabilityAnnuity: values.disabilityAnnuity,
    });
    await writeJournal(tx, {
      employerId: access.employerId,
      actorUserId,
      kind: 'affiliate.acceptance-decided',
      affiliateId: ids.affiliateId,
      before: { contract: link.number, medicalAcceptance: 'pending', ...covers(guarantees) },
      after: {
        contract: link.number,
        medicalAcceptance: decision,
        medicalFormality: link.formality,
        decidedOn,
        ...covers(after),
      },
    });
  });
}
