import type { AffiliateEvent, AffiliateEventInput, EventValues } from '@groupdesk/contracts';
import { type Database, type Transaction, schema } from '@groupdesk/db';
import { compareDates, isInServiceOn, mutationDate, todayInBelgium } from '@groupdesk/domain';
import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';
import { invalidFields } from '../../lib/field-errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { writeJournal } from '../journal/journal';
import { lockAffiliate } from './affiliate-lock';
import { findAffiliateEvent } from './event-queries';
import { applyGuaranteeChanges } from './guarantee-changes';

const { affiliates, affiliateContracts, affiliateEvents } = schema;

type AffiliateRow = typeof affiliates.$inferSelect;

/** The latest suspension or return to work: the affiliate is suspended when it is a suspension. */
async function latestSuspensionEvent(tx: Transaction, affiliateId: string) {
  const [latest] = await tx
    .select({
      kind: affiliateEvents.kind,
      eventDate: affiliateEvents.eventDate,
      after: affiliateEvents.after,
    })
    .from(affiliateEvents)
    .where(
      and(
        eq(affiliateEvents.affiliateId, affiliateId),
        inArray(affiliateEvents.kind, ['suspension', 'suspension-end']),
      ),
    )
    .orderBy(desc(affiliateEvents.id))
    .limit(1);
  return latest?.kind === 'suspension' ? latest : null;
}

/** A change of this kind recorded ahead and not yet written: one at a time, so that each knows its before. */
async function pendingChangeOf(tx: Transaction, affiliateId: string, kind: AffiliateEventInput['kind']) {
  const [pending] = await tx
    .select({ id: affiliateEvents.id })
    .from(affiliateEvents)
    .where(
      and(
        eq(affiliateEvents.affiliateId, affiliateId),
        eq(affiliateEvents.kind, kind),
        eq(affiliateEvents.pending, true),
      ),
    )
    .limit(1);
  return pending ?? null;
}

/** A change of one of the affiliate's own values: what it was, what it becomes, the columns to set. */
function valueChange(current: AffiliateRow, input: AffiliateEventInput) {
  switch (input.kind) {
    case 'occupancy-rate':
      return { field: 'occupancyRate', before: current.occupancyRate, after: input.occupancyRate } as const;
    case 'family-situation':
      return {
        field: 'familySituation',
        before: current.familySituation,
        after: input.familySituation,
      } as const;
    case 'category':
      return { field: 'category', before: current.category, after: input.category } as const;
    default:
      return null;
  }
}

/**
 * Records a change of the affiliate's situation on its event date, effective on its mutation date: the
 * new value, a suspension's removal of the premium (from the mutation date, until the return's), new
 * guarantees with their formality, the history and the journal, in one transaction. A new value dated
 * ahead is only recorded (pending): the affiliate and the guarantees change on its day.
 */
export async function recordAffiliateEvent(
  db: Database,
  access: EmployerAccessContext,
  actorUserId: string,
  affiliateId: string,
  input: AffiliateEventInput,
): Promise<AffiliateEvent> {
  const eventId = await db.transaction(async (tx) => {
    const { affiliate, affiliatedSince } = await lockAffiliate(tx, access, affiliateId);
    if (!isInServiceOn(affiliate, input.eventDate)) {
      throw new HttpError(409, 'affiliate_left', 'The affiliate has left the employer by this date.');
    }
    if (affiliatedSince !== null && compareDates(input.eventDate, affiliatedSince) < 0) {
      throw invalidFields([{ path: 'eventDate', code: 'date.beforeAffiliation' }]);
    }
    const mutation = mutationDate(input.eventDate);
    let before: EventValues = {};
    let after: EventValues = {};

    const change = valueChange(affiliate, input);
    // a change dated ahead is recorded now and written on its day by the job `affiliates.changes-due`
    const ahead = change !== null && compareDates(input.eventDate, todayInBelgium()) > 0;
    if (change) {
      if (change.before === change.after)
        throw invalidFields([{ path: change.field, code: 'affiliateEvent.unchanged' }]);
      if (await pendingChangeOf(tx, affiliateId, input.kind)) {
        throw new HttpError(
          409,
          'change_pending',
          'A change of this kind dated ahead is still to take effect: it comes first.',
        );
      }
      before = { [change.field]: change.before ?? undefined };
      after = { [change.field]: change.after };
      if (!ahead) {
        await tx
          .update(affiliates)
          .set({ [change.field]: change.after, updatedAt: new Date() })
          .where(eq(affiliates.id, affiliateId));
      }
      const guarantees = await applyGuaranteeChanges(
        tx,
        access,
        affiliateId,
        input.kind,
        'guarantees' in input ? (input.guarantees ?? []) : [],
        { write: !ahead },
      );
      if (guarantees) {
        before.guarantees = guarantees.before;
        after.guarantees = guarantees.after;
      }
    }

    const suspension = await latestSuspensionEvent(tx, affiliateId);
    const contractsOfAffiliate = eq(affiliateContracts.affiliateId, affiliateId);
    if (input.kind === 'suspension') {
      if (suspension)
        throw new HttpError(409, 'already_suspended', 'The employment contract is already suspended.');
      after = { reason: input.reason };
      // the employment contract is one: every active affiliation of the person stops its premium
      await tx
        .update(affiliateContracts)
        .set({ premiumSuspendedFrom: mutation, premiumSuspendedUntil: null })
        .where(and(contractsOfAffiliate, eq(affiliateContracts.status, 'active')));
    }
    if (input.kind === 'suspension-end') {
      if (!suspension) throw new HttpError(409, 'not_suspended', 'The employment contract is not suspended.');
      if (compareDates(input.eventDate, suspension.eventDate) < 0) {
        throw invalidFields([{ path: 'eventDate', code: 'date.beforeSuspension' }]);
      }
      before = { reason: (suspension.after as EventValues).reason };
      await tx
        .update(affiliateContracts)
        .set({ premiumSuspendedUntil: mutation })
        .where(
          and(
            contractsOfAffiliate,
            isNotNull(affiliateContracts.premiumSuspendedFrom),
            isNull(affiliateContracts.premiumSuspendedUntil),
          ),
        );
    }

    const [event] = await tx
      .insert(affiliateEvents)
      .values({
        employerId: access.employerId,
        affiliateId,
        kind: input.kind,
        eventDate: input.eventDate,
        mutationDate: mutation,
        before,
        after,
        recordedBy: actorUserId,
        pending: ahead,
      })
      .returning({ id: affiliateEvents.id });
    await writeJournal(tx, {
      employerId: access.employerId,
      actorUserId,
      kind: `affiliate.${input.kind}`,
      affiliateId,
      before,
      after: { ...after, eventDate: input.eventDate, mutationDate: mutation },
    });
    return event!.id;
  });
  return (await findAffiliateEvent(db, access, eventId))!;
}
