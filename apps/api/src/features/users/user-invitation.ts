import { randomUUID } from 'node:crypto';
import type { InviteUserBody } from '@groupdesk/contracts';
import { type Database, type Executor, schema } from '@groupdesk/db';
import { and, eq } from 'drizzle-orm';
import { HttpError, notFound } from '../../lib/errors';
import { writeJournal } from '../journal/journal';
import { queueEmployerNotification } from '../notifications/employer-notifications';
import { queuePasswordLink } from '../password/password-tokens';
import { currentMembership, resolveContracts, setMembershipContracts } from './access-rules';

const { emailOutbox, memberships, users } = schema;

interface Actor {
  employerId: string;
  userId: string;
  appUrl: string;
}

/** The user of this address, created (without a password) when there is none: one person, several employers. */
async function findOrCreateUser(tx: Executor, body: InviteUserBody) {
  const [existing] = await tx.select().from(users).where(eq(users.email, body.email)).for('update');
  if (existing) {
    if (existing.kind !== 'employer') {
      throw new HttpError(
        409,
        'not_an_employer_user',
        "This address is an insurer's account, not an employer's.",
      );
    }
    return existing;
  }
  // two Master Users inviting the same new address at once: the second one finds the first one's row
  const [created] = await tx
    .insert(users)
    .values({ email: body.email, name: body.name, language: body.language })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (created) return created;
  const [concurrent] = await tx.select().from(users).where(eq(users.email, body.email)).for('update');
  return concurrent!;
}

/**
 * The access e-mail: a set-password link (72 h) to someone without a password, else a note that access was
 * granted, pointing to the login.
 */
async function queueAccessEmail(
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

/**
 * Grants a person access to the employer (seeds 001_…, the user form): a new user, someone who already
 * works for another employer, or a former user whose access was revoked or ran out. Access that is still
 * current answers 409: change it instead.
 */
export async function inviteUser(db: Database, actor: Actor, body: InviteUserBody): Promise<string> {
  return db.transaction(async (tx) => {
    const contracts = await resolveContracts(tx, actor.employerId, body.contractIds);
    const user = await findOrCreateUser(tx, body);
    const [previous] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, user.id), eq(memberships.employerId, actor.employerId)));
    const [current] = previous
      ? await tx
          .select({ id: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.id, previous.id), currentMembership()))
      : [];
    if (current) {
      throw new HttpError(409, 'already_member', 'This person already has access to this employer.');
    }
    const values = {
      role: body.role,
      profile: body.role === 'master' ? ('write' as const) : body.profile,
      allContracts: contracts === null,
      endDate: body.endDate,
      revokedAt: null,
    };
    const [membership] = previous
      ? await tx.update(memberships).set(values).where(eq(memberships.id, previous.id)).returning()
      : await tx
          .insert(memberships)
          .values({ userId: user.id, employerId: actor.employerId, ...values })
          .returning();
    await setMembershipContracts(tx, membership!.id, contracts);
    await queueAccessEmail(tx, actor, user);
    const contractNumbers = contracts?.map((contract) => contract.number) ?? null;
    await queueEmployerNotification(tx, {
      kind: 'access-granted',
      employerId: actor.employerId,
      actorUserId: actor.userId,
      user: { name: user.name, email: user.email },
      role: values.role,
      profile: values.profile,
      contractNumbers,
      endDate: values.endDate,
    });
    await writeJournal(tx, {
      employerId: actor.employerId,
      actorUserId: actor.userId,
      targetUserId: user.id,
      kind: 'user.access-granted',
      before: previous
        ? {
            role: previous.role,
            profile: previous.profile,
            endDate: previous.endDate,
            revokedAt: previous.revokedAt,
          }
        : null,
      after: {
        email: user.email,
        role: values.role,
        profile: values.profile,
        contracts: contractNumbers ?? 'all',
        endDate: values.endDate,
        setPasswordLink: !user.passwordHash,
      },
    });
    return user.id;
  });
}

/** The invitation again, with a new 72-hour link, to someone invited here who never set a password. */
export async function resendInvitation(db: Database, actor: Actor, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ user: users, membershipId: memberships.id })
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
