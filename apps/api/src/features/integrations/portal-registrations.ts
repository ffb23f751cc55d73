import type { PortalRegistrationBody } from '@groupdesk/contracts';
import { type Database, schema } from '@groupdesk/db';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../../lib/errors';
import { writeJournal } from '../journal/journal';

const { affiliates, emailOutbox } = schema;

/**
 * The employee portal reports that an affiliate registered (and maybe gave a private address or chose a
 * language): recorded and journaled, and the invitations not sent yet are cancelled. The employer sees
 * whether a private address is known, never the address: the journal says only that.
 */
export async function recordPortalRegistration(db: Database, body: PortalRegistrationBody) {
  return db.transaction(async (tx) => {
    const [affiliate] = await tx
      .select()
      .from(affiliates)
      .where(eq(affiliates.nationalNumber, body.nationalNumber))
      .for('update');
    if (!affiliate) throw notFound('Affiliate with this national number');
    const registeredAt =
      affiliate.portalRegisteredAt ?? (body.registeredAt ? new Date(body.registeredAt) : new Date());
    const privateEmail =
      body.privateEmail === undefined ? affiliate.privateEmail : (body.privateEmail?.toLowerCase() ?? null);
    const language = body.language ?? affiliate.language;
    await tx
      .update(affiliates)
      .set({ portalRegisteredAt: registeredAt, privateEmail, language, updatedAt: new Date() })
      .where(eq(affiliates.id, affiliate.id));
    const cancelled = await tx
      .update(emailOutbox)
      .set({ status: 'cancelled', lastError: 'registered on the portal' })
      .where(
        and(
          eq(emailOutbox.affiliateId, affiliate.id),
          eq(emailOutbox.kind, 'invitation'),
          eq(emailOutbox.status, 'scheduled'),
        ),
      )
      .returning({ id: emailOutbox.id });
    await writeJournal(tx, {
      employerId: affiliate.employerId,
      actorKind: 'service',
      kind: 'affiliate.portal-registration',
      affiliateId: affiliate.id,
      before: {
        portalRegistered: affiliate.portalRegisteredAt !== null,
        privateEmailKnown: affiliate.privateEmail !== null,
        language: affiliate.language,
      },
      after: { portalRegistered: true, privateEmailKnown: privateEmail !== null, language },
    });
    return { affiliateId: affiliate.id, cancelledInvitations: cancelled.length };
  });
}
