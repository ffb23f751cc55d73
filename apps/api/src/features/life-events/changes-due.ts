import type { EventGuarantees, EventValues } from '@groupdesk/contracts';
import { type Executor, type Transaction, schema } from '@groupdesk/db';
import { type MutationEventKind, todayInBelgium } from '@groupdesk/domain';
import { and, asc, eq, lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { writeJournal } from '../journal/journal';
import { type GuaranteeChanges, applyGuaranteeChanges } from './guarantee-changes';

const { affiliates, affiliateContracts, affiliateEvents } = schema;

export const CHANGES_DUE_JOB = 'affiliates.changes-due';

declare module '../../plugins/jobs' {
  interface JobPayloads {
    'affiliates.changes-due': Record<string, never>;
  }
}

const fieldOf = {
  'occupancy-rate': 'occupancyRate',
  'family-situation': 'familySituation',
  category: 'category',
} as const;
type ChangeKind = keyof typeof fieldOf;

/** What was typed for each contract: the covers whose amount the change moves. */
function requestedGuarantees(before: EventValues | null, after: EventValues): GuaranteeChanges {
  const old = (contractId: string) => before?.guarantees?.find((entry) => entry.contractId === contractId);
  return (after.guarantees ?? []).map((next: EventGuarantees) => {
    const was = old(next.contractId);
    return {
      contractId: next.contractId,
      ...(was?.deathCapital !== next.deathCapital && { deathCapital: next.deathCapital }),
      ...(was?.disabilityAnnuity !== next.disabilityAnnuity && { disabilityAnnuity: next.disabilityAnnuity }),
    };
  });
}

/** The contracts among these that are still active: an exit since the change was recorded ends the others. */
async function stillActive(tx: Transaction, affiliateId: string, changes: GuaranteeChanges) {
  const active = await tx
    .select({ contractId: affiliateContracts.contractId })
    .from(affiliateContracts)
    .where(and(eq(affiliateContracts.affiliateId, affiliateId), eq(affiliateContracts.status, 'active')));
  return changes.filter((change) => active.some((row) => row.contractId === change.contractId));
}

/**
 * The changes of occupancy rate, family situation or category recorded ahead whose day has come, oldest
 * first: the new value is written to the affiliate, the new guarantees to the contracts with the formality
 * they call for on that day, and the history keeps what was written; one journal entry by the system for
 * each (the HR officer's entry is the one of the recording). Returns how many changes.
 */
export async function applyDueChanges(db: Executor, today = todayInBelgium()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(affiliateEvents)
      .where(and(eq(affiliateEvents.pending, true), lte(affiliateEvents.eventDate, today)))
      .orderBy(asc(affiliateEvents.eventDate), asc(affiliateEvents.id))
      .for('update', { skipLocked: true });
    for (const event of due) {
      const kind = event.kind as ChangeKind & MutationEventKind;
      const field = fieldOf[kind];
      const after = event.after as EventValues;
      const [current] = await tx
        .update(affiliates)
        .set({ [field]: after[field], updatedAt: new Date() })
        .where(eq(affiliates.id, event.affiliateId))
        .returning({ id: affiliates.id });
      if (!current) continue;
      const requested = await stillActive(tx, event.affiliateId, requestedGuarantees(event.before, after));
      const guarantees = await applyGuaranteeChanges(
        tx,
        { contractIds: null },
        event.affiliateId,
        kind,
        requested,
      );
      const written: EventValues = { ...after, guarantees: guarantees?.after };
      await tx
        .update(affiliateEvents)
        .set({
          pending: false,
          ...(guarantees && { before: { ...event.before, guarantees: guarantees.before }, after: written }),
        })
        .where(eq(affiliateEvents.id, event.id));
      await writeJournal(tx, {
        employerId: event.employerId,
        actorKind: 'system',
        kind: 'affiliate.change-effective',
        affiliateId: event.affiliateId,
        before: { [field]: (event.before as EventValues | null)?.[field] },
        after: {
          kind,
          [field]: after[field],
          eventDate: event.eventDate,
          ...(guarantees && { guarantees: guarantees.after }),
        },
      });
    }
    return due.length;
  });
}

/** Hourly, so that a change takes effect within the first hour of its day in Brussels. */
export default async function changeJobs(app: FastifyInstance) {
  app.jobs.define(CHANGES_DUE_JOB, {
    schedule: '7 * * * *',
    retryLimit: 1,
    handler: async () => {
      const applied = await applyDueChanges(app.db);
      if (applied) app.log.info({ applied }, 'changes recorded ahead took effect');
    },
  });
}
