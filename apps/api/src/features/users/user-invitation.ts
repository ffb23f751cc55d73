import type { InviteUserBody } from '@groupdesk/contracts';
import { type Database, type Executor, schema } from '@groupdesk/db';
import { and, eq } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';
import { writeJournal } from '../journal/journal';
import { queueEmployerNotification } from '../notifications/employer-notifications';
import { currentMembership, resolveContracts, setMembershipContracts } from './access-rules';
import { assertGrantWithinScope } from './master-scope';
import { type Actor, queueAccessEmail } from './user-access-email';

const { memberships, users } = schema;

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
 * Grants a person access to the employer (seeds 001_…, the user form): a new user, someone who already
 * works for another employer, or a former user whose access was revoked or ran out. Access that is still
 * current answers 409: change it instead.
 */
export async function inviteUser(db: Database, actor: Actor, body: InviteUserBody): Promise<string> {
  return db.transaction(async (tx) => {
    const contracts = await resolveContracts(tx, actor.employerId, body.contractIds);
    assertGrantWithinScope(actor.scope, body.contractIds);
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
