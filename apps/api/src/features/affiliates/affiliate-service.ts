import type { AffiliateDetail, AffiliatePatch } from '@groupdesk/contracts';
import { type Database, schema } from '@groupdesk/db';
import { addIsoDuration, todayInBelgium } from '@groupdesk/domain';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../../lib/errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { queueAddressEmails } from '../emails/address-emails';
import { writeJournal } from '../journal/journal';
import { affiliateScope } from './affiliate-scope';
import { findAffiliateDetail } from './affiliate-queries';
import { nationalNumberRefused, recordNationalNumber } from './national-number-update';

const { affiliates } = schema;

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  (error as { code: string }).code === '23505';

/**
 * Changes an affiliate's professional e-mail, language or national/BIS number in one transaction, with the
 * journal entry (before and after of what changed) and the number history written beside the change.
 */
export async function updateAffiliate(
  db: Database,
  access: EmployerAccessContext,
  actorUserId: string,
  affiliateId: string,
  patch: AffiliatePatch,
  emails: { invitationDelay: string },
): Promise<AffiliateDetail> {
  try {
    await db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(affiliates)
        .where(and(affiliateScope(access), eq(affiliates.id, affiliateId)))
        .for('update');
      if (!current) throw notFound('Affiliate');

      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const changes: Partial<typeof affiliates.$inferInsert> = {};
      const now = new Date();

      if (patch.professionalEmail !== undefined && patch.professionalEmail !== current.professionalEmail) {
        before.professionalEmail = current.professionalEmail;
        after.professionalEmail = patch.professionalEmail;
        changes.professionalEmail = patch.professionalEmail;
        changes.professionalEmailSince = patch.professionalEmail ? now : null;
        changes.professionalEmailChangedAt = now;
      }
      if (patch.language !== undefined && patch.language !== current.language) {
        before.language = current.language;
        after.language = patch.language;
        changes.language = patch.language;
      }
      if (patch.nationalNumber !== undefined && patch.nationalNumber !== current.nationalNumber) {
        before.nationalNumber = current.nationalNumber;
        after.nationalNumber = patch.nationalNumber;
        Object.assign(
          changes,
          await recordNationalNumber(
            tx,
            access,
            current,
            patch.nationalNumber,
            actorUserId,
            todayInBelgium(now),
          ),
        );
      }
      if (Object.keys(changes).length === 0) return;

      await tx
        .update(affiliates)
        .set({ ...changes, updatedAt: now })
        .where(and(eq(affiliates.id, affiliateId), eq(affiliates.employerId, access.employerId)));
      await writeJournal(tx, {
        employerId: access.employerId,
        actorUserId,
        kind: 'affiliate.updated',
        affiliateId,
        before,
        after,
      });
      // a new or changed address: a confirmation to it now, an invitation INVITATION_DELAY later
      if (changes.professionalEmail) {
        await queueAddressEmails(tx, {
          employerId: access.employerId,
          cause: `affiliate-form:${affiliateId}:${now.toISOString()}`,
          affiliateIds: [affiliateId],
          invitationsAt: addIsoDuration(now, emails.invitationDelay),
        });
      }
    });
  } catch (error) {
    // two users giving the same number at the same moment: the unique index decides
    if (isUniqueViolation(error)) throw nationalNumberRefused('nationalNumber.taken');
    throw error;
  }
  const detail = await findAffiliateDetail(db, access, affiliateId);
  if (!detail) throw notFound('Affiliate');
  return detail;
}
