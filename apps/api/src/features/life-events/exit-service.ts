import type { AffiliateEvent, AffiliateExitBody } from '@groupdesk/contracts';
import { type Database, schema } from '@groupdesk/db';
import { compareDates, todayInBelgium } from '@groupdesk/domain';
import { and, eq, gte } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';
import { invalidFields } from '../../lib/field-errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { writeJournal } from '../journal/journal';
import { lockAffiliate } from './affiliate-lock';
import { makeAffiliationsPassive } from './affiliations-at-exit';
import { findAffiliateEvent } from './event-queries';

const { affiliates, affiliateEvents } = schema;

/**
 * The exit ("sortie de service"): the affiliate has left from the exit date on, which may be ahead. From
 * that day the professional address gets no notice and no invitation any more, the private one still
 * does (seed 000, question 16): the e-mail rules read the exit date, not only the status. An exit ahead
 * leaves the affiliate in service until the day comes (`applyDueExits`): the list, its counts and its
 * filter show who works for the employer today. The day the exit takes effect, the affiliations go passive.
 * A change recorded ahead for the exit day or later is withdrawn: it would be refused if recorded now.
 */
export async function recordExit(
  db: Database,
  access: EmployerAccessContext,
  actorUserId: string,
  affiliateId: string,
  { exitDate }: AffiliateExitBody,
): Promise<AffiliateEvent> {
  const eventId = await db.transaction(async (tx) => {
    const { affiliate, affiliatedSince } = await lockAffiliate(tx, access, affiliateId);
    if (affiliate.employmentStatus === 'left' || affiliate.leftOn !== null) {
      throw new HttpError(409, 'affiliate_left', 'The exit of this affiliate is already recorded.');
    }
    if (affiliatedSince !== null && compareDates(exitDate, affiliatedSince) < 0) {
      throw invalidFields([{ path: 'exitDate', code: 'date.beforeAffiliation' }]);
    }
    const employmentStatus = compareDates(exitDate, todayInBelgium()) <= 0 ? 'left' : 'in-service';
    await tx
      .update(affiliates)
      .set({ employmentStatus, leftOn: exitDate, updatedAt: new Date() })
      .where(eq(affiliates.id, affiliateId));
    const withdrawn = await tx
      .delete(affiliateEvents)
      .where(
        and(
          eq(affiliateEvents.affiliateId, affiliateId),
          eq(affiliateEvents.pending, true),
          gte(affiliateEvents.eventDate, exitDate),
        ),
      )
      .returning({ kind: affiliateEvents.kind, eventDate: affiliateEvents.eventDate });
    const contracts =
      employmentStatus === 'left'
        ? (await makeAffiliationsPassive(tx, [affiliateId])).get(affiliateId)
        : null;
    const [event] = await tx
      .insert(affiliateEvents)
      .values({
        employerId: access.employerId,
        affiliateId,
        kind: 'exit',
        eventDate: exitDate,
        before: { employmentStatus: 'in-service' },
        after: { employmentStatus: 'left' },
        recordedBy: actorUserId,
      })
      .returning({ id: affiliateEvents.id });
    await writeJournal(tx, {
      employerId: access.employerId,
      actorUserId,
      kind: 'affiliate.exit',
      affiliateId,
      before: {
        employmentStatus: affiliate.employmentStatus,
        leftOn: affiliate.leftOn,
        ...(contracts && { contracts: contracts.before }),
      },
      after: {
        employmentStatus,
        leftOn: exitDate,
        ...(contracts && { contracts: contracts.after }),
        ...(withdrawn.length > 0 && { changesWithdrawn: withdrawn }),
      },
    });
    return event!.id;
  });
  return (await findAffiliateEvent(db, access, eventId))!;
}
