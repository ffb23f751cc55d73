import type { UpdateUserAccessBody } from '@groupdesk/contracts';
import { type Database, type Executor, schema } from '@groupdesk/db';
import { and, eq } from 'drizzle-orm';
import { HttpError, notFound } from '../../lib/errors';
import { writeJournal } from '../journal/journal';
import { queueEmployerNotification } from '../notifications/employer-notifications';
import {
  assertAnotherMasterRemains,
  endSessionsIfNoEmployerLeft,
  resolveContracts,
  setMembershipContracts,
} from './access-rules';
import { type MasterScope, assertAccessWithinScope, assertGrantWithinScope } from './master-scope';

const { membershipContracts, groupContracts, memberships, users } = schema;

interface Actor {
  employerId: string;
  userId: string;
  /** the contracts of the acting Master User's own access */
  scope: MasterScope;
}

/** The membership of a user at the employer with its user, locked for the change. */
async function lockMembership(tx: Executor, actor: Actor, userId: string) {
  const [row] = await tx
    .select({ membership: memberships, user: { name: users.name, email: users.email } })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.employerId, actor.employerId), eq(memberships.userId, userId)))
    .for('update', { of: memberships });
  if (!row) throw notFound('User');
  return row;
}

const isLastingMaster = (m: { role: string; revokedAt: Date | null; endDate: string | null }) =>
  m.role === 'master' && m.revokedAt === null && m.endDate === null;

/**
 * Changes a user's profile, role, contracts or end date. A revoked access cannot be changed (grant it
 * again instead); the employer keeps a Master User with lasting access.
 */
export async function changeUserAccess(
  db: Database,
  actor: Actor,
  userId: string,
  body: UpdateUserAccessBody,
) {
  await db.transaction(async (tx) => {
    const { membership, user } = await lockMembership(tx, actor, userId);
    if (membership.revokedAt) {
      throw new HttpError(409, 'revoked', 'This access was revoked: grant it again with an invitation.');
    }
    await assertAccessWithinScope(tx, actor.scope, membership);
    const role = body.role ?? membership.role;
    const next = {
      role,
      profile: role === 'master' ? ('write' as const) : (body.profile ?? membership.profile),
      endDate: body.endDate === undefined ? membership.endDate : body.endDate,
    };
    if (isLastingMaster(membership) && !isLastingMaster({ ...next, revokedAt: null })) {
      await assertAnotherMasterRemains(tx, actor.employerId, userId);
    }
    const previousContracts = membership.allContracts
      ? 'all'
      : (
          await tx
            .select({ number: groupContracts.number })
            .from(membershipContracts)
            .innerJoin(groupContracts, eq(groupContracts.id, membershipContracts.contractId))
            .where(eq(membershipContracts.membershipId, membership.id))
            .orderBy(groupContracts.number)
        ).map((row) => row.number);
    let contracts: string[] | 'all' = previousContracts;
    const update: Partial<typeof memberships.$inferInsert> = next;
    if (body.contractIds !== undefined) {
      const resolved = await resolveContracts(tx, actor.employerId, body.contractIds);
      assertGrantWithinScope(actor.scope, body.contractIds);
      await setMembershipContracts(tx, membership.id, resolved);
      update.allContracts = resolved === null;
      contracts = resolved?.map((contract) => contract.number) ?? 'all';
    }
    await tx.update(memberships).set(update).where(eq(memberships.id, membership.id));
    const changed =
      next.role !== membership.role ||
      next.profile !== membership.profile ||
      next.endDate !== membership.endDate ||
      String(contracts) !== String(previousContracts);
    if (changed) {
      await queueEmployerNotification(tx, {
        kind: 'access-changed',
        employerId: actor.employerId,
        actorUserId: actor.userId,
        user,
        ...next,
        contractNumbers: contracts === 'all' ? null : contracts,
      });
    }
    // an end date set in the past is refused by the schema; one reached later is refused at each request
    await writeJournal(tx, {
      employerId: actor.employerId,
      actorUserId: actor.userId,
      targetUserId: userId,
      kind: 'user.access-changed',
      before: {
        role: membership.role,
        profile: membership.profile,
        contracts: previousContracts,
        endDate: membership.endDate,
      },
      after: { ...next, contracts },
    });
  });
}

/**
 * Revokes a user's access to the employer at once: the access check refuses their next request here, and
 * a user left with no employer loses every session. The notification address is told.
 */
export async function revokeUserAccess(db: Database, actor: Actor, userId: string) {
  const endedAllSessions = await db.transaction(async (tx) => {
    const { membership, user } = await lockMembership(tx, actor, userId);
    if (membership.revokedAt) return false;
    await assertAccessWithinScope(tx, actor.scope, membership);
    if (isLastingMaster(membership)) await assertAnotherMasterRemains(tx, actor.employerId, userId);
    await tx.update(memberships).set({ revokedAt: new Date() }).where(eq(memberships.id, membership.id));
    const ended = await endSessionsIfNoEmployerLeft(tx, userId);
    await queueEmployerNotification(tx, {
      kind: 'access-revoked',
      employerId: actor.employerId,
      actorUserId: actor.userId,
      user,
    });
    await writeJournal(tx, {
      employerId: actor.employerId,
      actorUserId: actor.userId,
      targetUserId: userId,
      kind: 'user.access-revoked',
      before: { role: membership.role, profile: membership.profile, endDate: membership.endDate },
      after: { revoked: true, allSessionsEnded: ended },
    });
    return ended;
  });
  return { endedAllSessions };
}
