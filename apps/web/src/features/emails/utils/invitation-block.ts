import type { AffiliateDetail, Email } from '@groupdesk/contracts';

/** What the e-mails section needs to know of the affiliate whose page it sits on. */
export type InvitedAffiliate = Pick<
  AffiliateDetail,
  'id' | 'professionalEmail' | 'portalRegistered' | 'employmentStatus'
>;

export type InvitationBlock =
  { reason: 'noAddress' | 'registered' | 'left' } | { reason: 'scheduled'; dueAt: string };

/**
 * Why the invitation cannot be sent again, as the API would answer (409), so that the button says so
 * before it is pressed. A scheduled invitation is only known when it is among the e-mails loaded.
 */
export function invitationBlock(
  affiliate: InvitedAffiliate,
  emails: Email[] | undefined,
): InvitationBlock | null {
  if (!affiliate.professionalEmail) return { reason: 'noAddress' };
  if (affiliate.portalRegistered) return { reason: 'registered' };
  if (affiliate.employmentStatus !== 'in-service') return { reason: 'left' };
  const pending = emails?.find(
    (email) => email.kind === 'invitation' && (email.status === 'scheduled' || email.status === 'sending'),
  );
  return pending ? { reason: 'scheduled', dueAt: pending.dueAt } : null;
}
