import { randomUUID } from 'node:crypto';
import { type Database, type Executor, schema } from '@groupdesk/db';
import { and, eq } from 'drizzle-orm';
import { HttpError, notFound } from '../../lib/errors';
import { writeJournal } from '../journal/journal';
import { queuePasswordLink } from '../password/password-tokens';
import { currentMembership } from './access-rules';
import { type MasterScope, assertAccessWithinScope } from './master-scope';

const { emailOutbox, memberships, users } = schema;

export interface Actor {
  employerId: string;
  userId: string;
  appUrl: string;
  /** the contracts of the acting Master User's own access */
  scope: MasterScope;
}

/**
 * The access e-mail: a set-password link (72 h) to someone without a password, else a note that access was
 * granted, pointing to the login.
 */
export async function queueAccessEmail(
  tx: Executor,
  actor: Actor,
  user: { id: string; email: string; language: 'fr' | 'nl' | 'en' | 'de'; passwordHash: string | null },
) {
  if (!user.passwordHash) {
    await queuePasswordLink(tx, {
      userId: user.id,
      purpose: 'invitation',
      employerId: actor.employerId,
      recipient: user.email,
      language: user.language,
      appUrl: actor.appUrl,
    });
    return;
  }
  await tx.insert(emailOutbox).values({
    employerId: actor.employerId,
    userId: user.id,
    kind: 'user-access-granted',
    recipient: user.email,
    language: user.language,
    // every grant is an e-mail of its own
    idempotencyKey: `user-access-granted:${actor.employerId}:${user.id}:${randomUUID()}`,
  });
}

/** The invitation again, with a new 72-hour link, to someone invited here who never set a password. */
export async function resendInvitation(db: Database, actor: Actor, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ user: users, membership: { id: memberships.id, allContracts: memberships.allContracts } })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.employerId, actor.employerId),
          eq(memberships.userId, userId),
          currentMembership(),
        ),
      );
    if (!row) throw notFound('User');
    await assertAccessWithinScope(tx, actor.scope, row.membership);
    if (row.user.passwordHash) {
      throw new HttpError(
        409,
        'already_active',
        'This user has set a password already: they log in as usual.',
      );
    }
    await queueAccessEmail(tx, actor, row.user);
    await writeJournal(tx, {
      employerId: actor.employerId,
      actorUserId: actor.userId,
      targetUserId: userId,
      kind: 'user.invitation-resent',
    });
  });
}
