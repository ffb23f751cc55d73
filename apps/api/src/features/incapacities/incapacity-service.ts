import type { Incapacity, IncapacityBody, IncapacityCloseBody } from '@groupdesk/contracts';
import { type Database, schema } from '@groupdesk/db';
import { addDays, compareDates, isDeclarationLate, isInServiceOn, todayInBelgium } from '@groupdesk/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { HttpError, notFound } from '../../lib/errors';
import { invalidFields } from '../../lib/field-errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { contractScope } from '../affiliates/affiliate-scope';
import { writeJournal } from '../journal/journal';
import { lockAffiliate } from '../life-events/affiliate-lock';
import { findIncapacity } from './incapacity-queries';

const { affiliateContracts, incapacities } = schema;

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
const alreadyOpen = () =>
  new HttpError(409, 'incapacity_open', 'An incapacity of this affiliate is already open: close it first.');

const closedAlready = () => new HttpError(409, 'incapacity_closed', 'This incapacity is already closed.');

// Dates are UTC days while the user lives in Brussels, up to two hours ahead: "today" there may be
// tomorrow here. One day of leeway keeps a same-day declaration from being refused as future.
const latestAllowedDay = () => addDays(todayInBelgium(), 1);

/**
 * Declares an incapacity to work (seed 002) of an affiliate in service with an active contract in the
 * user's scope (the contract's personal risk period sets when the insurer takes over); declared today,
 * so late when today is past the 45-day reporting deadline. Journaled.
 */
export async function declareIncapacity(
  db: Database,
  access: EmployerAccessContext,
  actorUserId: string,
  body: IncapacityBody,
): Promise<Incapacity> {
  const declaredOn = todayInBelgium();
  let incapacityId: string;
  try {
    incapacityId = await db.transaction(async (tx) => {
      const { affiliate, affiliatedSince } = await lockAffiliate(tx, access, body.affiliateId);
      if (compareDates(body.firstDay, latestAllowedDay()) > 0) {
        throw invalidFields([{ path: 'firstDay', code: 'date.future' }]);
      }
      if (affiliatedSince !== null && compareDates(body.firstDay, affiliatedSince) < 0) {
        throw invalidFields([{ path: 'firstDay', code: 'date.beforeAffiliation' }]);
      }
      if (!isInServiceOn(affiliate, body.firstDay)) {
        throw new HttpError(409, 'affiliate_left', 'The affiliate had left the employer on the first day.');
      }
      const [active] = await tx
        .select({ id: affiliateContracts.id })
        .from(affiliateContracts)
        .where(
          and(
            eq(affiliateContracts.affiliateId, affiliate.id),
            eq(affiliateContracts.status, 'active'),
            contractScope(access, affiliateContracts.contractId),
          ),
        )
        .limit(1);
      if (!active) {
        throw new HttpError(
          409,
          'no_active_contract',
          'The affiliate has no active contract to cover an incapacity.',
        );
      }
      const [open] = await tx
        .select({ id: incapacities.id })
        .from(incapacities)
        .where(and(eq(incapacities.affiliateId, affiliate.id), isNull(incapacities.endDate)));
      if (open) throw alreadyOpen();

      const [created] = await tx
        .insert(incapacities)
        .values({
          employerId: access.employerId,
          affiliateId: affiliate.id,
          firstDay: body.firstDay,
          cause: body.cause,
          doctorAssessedOn: body.doctorAssessedOn ?? null,
          declaredOn,
          declaredBy: actorUserId,
        })
        .returning({ id: incapacities.id });
      await writeJournal(tx, {
        employerId: access.employerId,
        actorUserId,
        kind: 'incapacity.declared',
        affiliateId: affiliate.id,
        after: {
          firstDay: body.firstDay,
          cause: body.cause,
          doctorAssessedOn: body.doctorAssessedOn ?? null,
          declaredOn,
          late: isDeclarationLate(body.firstDay, declaredOn),
        },
      });
      return created!.id;
    });
  } catch (error) {
    // two declarations of the same absence at once: the partial unique index keeps one
    if (isUniqueViolation(error)) throw alreadyOpen();
    throw error;
  }
  return (await findIncapacity(db, access, incapacityId))!;
}

/** The return to work: records the last day of the incapacity, which then leaves the open list. */
export async function closeIncapacity(
  db: Database,
  access: EmployerAccessContext,
  actorUserId: string,
  incapacityId: string,
  { endDate }: IncapacityCloseBody,
): Promise<Incapacity> {
  const found = await findIncapacity(db, access, incapacityId);
  if (!found) throw notFound('Incapacity');
  if (found.endDate !== null) throw closedAlready();
  if (compareDates(endDate, found.firstDay) < 0) {
    throw invalidFields([{ path: 'endDate', code: 'incapacity.endBeforeStart' }]);
  }
  if (compareDates(endDate, latestAllowedDay()) > 0)
    throw invalidFields([{ path: 'endDate', code: 'date.future' }]);
  await db.transaction(async (tx) => {
    const closed = await tx
      .update(incapacities)
      .set({ endDate, closedBy: actorUserId })
      .where(
        and(
          eq(incapacities.id, incapacityId),
          eq(incapacities.employerId, access.employerId),
          isNull(incapacities.endDate),
        ),
      )
      .returning({ id: incapacities.id });
    if (closed.length === 0) throw closedAlready();
    await writeJournal(tx, {
      employerId: access.employerId,
      actorUserId,
      kind: 'incapacity.closed',
      affiliateId: found.affiliate.id,
      before: { firstDay: found.firstDay, endDate: null },
      after: { endDate },
    });
  });
  return (await findIncapacity(db, access, incapacityId))!;
}
