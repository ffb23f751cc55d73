import type { Executor } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { sql } from 'drizzle-orm';
import { affiliateInServiceOn } from './in-service';

/**
 * Queues, in the transaction of the change, the e-mails that follow a new or changed professional address
 * (DESIGN.md, "The main job", step 4): a confirmation to the address at once, and an invitation to register
 * on the employee portal at `invitationsAt` for affiliates in service, not registered and never invited.
 * The idempotency key makes the same cause never yield two e-mails. Returns how many of each were queued.
 */
export async function queueAddressEmails(
  tx: Executor,
  change: { employerId: string; cause: string; affiliateIds: string[]; invitationsAt: Date },
): Promise<{ confirmations: number; invitations: number }> {
  if (change.affiliateIds.length === 0) return { confirmations: 0, invitations: 0 };
  const confirmations = await tx.execute(sql`
    insert into email_outbox (employer_id, affiliate_id, kind, recipient, language, idempotency_key, cause, due_at)
    select a.employer_id, a.id, 'confirmation', a.professional_email, a.language,
      'confirmation:' || a.id || ':' || a.professional_email || ':' || ${change.cause}, ${change.cause}, now()
    from unnest(${sql.param(change.affiliateIds)}::uuid[]) as changed(id)
    join affiliates a on a.id = changed.id
    where a.employer_id = ${change.employerId} and a.professional_email is not null
    on conflict (idempotency_key) do nothing`);
  const invitations = await tx.execute(sql`
    insert into email_outbox (employer_id, affiliate_id, kind, recipient, language, idempotency_key, cause, due_at)
    select a.employer_id, a.id, 'invitation', a.professional_email, a.language,
      'invitation:' || a.id || ':' || ${change.cause}, ${change.cause}, ${change.invitationsAt.toISOString()}::timestamptz
    from unnest(${sql.param(change.affiliateIds)}::uuid[]) as changed(id)
    join affiliates a on a.id = changed.id
    where a.employer_id = ${change.employerId}
      and a.professional_email is not null and ${affiliateInServiceOn(todayInBelgium())} and a.portal_registered_at is null
      and not exists (select 1 from email_outbox o where o.affiliate_id = a.id and o.kind = 'invitation'
        and o.status in ('scheduled', 'sending', 'sent'))
    on conflict (idempotency_key) do nothing`);
  return { confirmations: confirmations.rowCount ?? 0, invitations: invitations.rowCount ?? 0 };
}

/** Cancels the e-mails of a cause that are not sent yet (an undone upload); returns how many. */
export async function cancelScheduledEmails(tx: Executor, cause: string): Promise<number> {
  const result = await tx.execute(sql`
    update email_outbox set status = 'cancelled', last_error = 'the change that caused it was undone'
    where cause = ${cause} and status = 'scheduled'`);
  return result.rowCount ?? 0;
}
