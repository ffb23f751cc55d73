import { randomUUID } from 'node:crypto';
import type { Database } from '@groupdesk/db';
import { schema } from '@groupdesk/db';
import { isInServiceOn, todayInBelgium } from '@groupdesk/domain';
import { and, eq, sql } from 'drizzle-orm';
import { HttpError, notFound } from '../../lib/errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope } from '../affiliates/affiliate-scope';
import { writeJournal } from '../journal/journal';
import { findEmail } from './email-queries';

const { affiliates, emailOutbox } = schema;

/** Cancels an e-mail that is still scheduled; one already sent, failed or cancelled answers 409. */
export async function cancelEmail(
  db: Database,
  access: EmployerAccessContext,
  actorUserId: string,
  emailId: string,
) {
  const email = await findEmail(db, access, emailId);
  if (!email) throw notFound('E-mail');
  await db.transaction(async (tx) => {
    const cancelled = await tx
      .update(emailOutbox)
      .set({ status: 'cancelled', lastError: 'cancelled by a user' })
      .where(and(eq(emailOutbox.id, emailId), eq(emailOutbox.status, 'scheduled')))
      .returning({ id: emailOutbox.id });
    if (cancelled.length === 0) {
      throw new HttpError(
        409,
        'not_scheduled',
        'This e-mail is no longer scheduled: it was sent or cancelled.',
      );
    }
    await writeJournal(tx, {
      employerId: access.employerId,
      actorUserId,
      kind: 'email.cancelled',
      affiliateId: email.affiliate?.id ?? null,
      before: { status: email.status, kind: email.kind, recipient: email.recipient },
      after: { status: 'cancelled' },
    });
  });
  return (await findEmail(db, access, emailId))!;
}

/**
 * Sends an invitation to register on the portal again, now: for an affiliate in service with a professional
 * address who has not registered. Refused (409) otherwise, with the reason.
 */
export async function resendInvitation(
  db: Database,
  access: EmployerAccessContext,
  actorUserId: string,
  affiliateId: string,
) {
  const emailId = await db.transaction(async (tx) => {
    const [affiliate] = await tx
      .select()
      .from(affiliates)
      .where(and(affiliateScope(access), eq(affiliates.id, affiliateId)))
      .for('update');
    if (!affiliate) throw notFound('Affiliate');
    const refuse = (code: string, message: string) => new HttpError(409, code, message);
    if (!affiliate.professionalEmail) {
      throw refuse('no_address', 'This affiliate has no professional e-mail address to invite.');
    }
    if (affiliate.portalRegisteredAt) {
      throw refuse('registered', 'This affiliate is already registered on the portal.');
    }
    if (!isInServiceOn(affiliate, todayInBelgium())) {
      throw refuse('left', 'This affiliate has left: no invitation is sent.');
    }
    const pending = await tx.execute(sql`
      select 1 from email_outbox where affiliate_id = ${affiliateId} and kind = 'invitation' and status in ('scheduled', 'sending')`);
    if (pending.rows.length > 0)
      throw refuse('already_scheduled', 'An invitation to this affiliate is already scheduled.');
    const [email] = await tx
      .insert(emailOutbox)
      .values({
        employerId: access.employerId,
        affiliateId,
        kind: 'invitation',
        recipient: affiliate.professionalEmail,
        language: affiliate.language,
        idempotencyKey: `invitation:${affiliateId}:manual:${randomUUID()}`,
        cause: `manual:${actorUserId}`,
      })
      .returning({ id: emailOutbox.id });
    await writeJournal(tx, {
      employerId: access.employerId,
      actorUserId,
      kind: 'invitation.resent',
      affiliateId,
      after: { recipient: affiliate.professionalEmail },
    });
    return email!.id;
  });
  return (await findEmail(db, access, emailId))!;
}
