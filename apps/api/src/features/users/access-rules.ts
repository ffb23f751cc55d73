import { type Executor, schema } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';
import { membershipIsCurrent } from '../access/employer-access';
import { deleteUserSessions } from '../session/session-store';

const { groupContracts, membershipContracts, memberships, passwordTokens } = schema;

/** The contracts of a scope, checked to be the employer's; null stays null (all contracts). */
export async function resolveContracts(
  tx: Executor,
  employerId: string,
  contractIds: string[] | null,
): Promise<Array<{ id: string; number: string }> | null> {
  if (contractIds === null) return null;
  const unique = [...new Set(contractIds)];
  const found = await tx
    .select({ id: groupContracts.id, number: groupContracts.number })
    .from(groupContracts)
    .where(and(eq(groupContracts.employerId, employerId), inArray(groupContracts.id, unique)))
    .orderBy(groupContracts.number);
  if (found.length !== unique.length) {
    throw new HttpError(400, 'validation_failed', 'The request is not valid; see details.', [
      { path: 'contractIds', code: 'contractIds.unknown', message: 'Not a contract of this employer.' },
    ]);
  }
  return found;
}

export async function setMembershipContracts(
  tx: Executor,
  membershipId: string,
  contracts: Array<{ id: string }> | null,
): Promise<void> {
  await tx.delete(membershipContracts).where(eq(membershipContracts.membershipId, membershipId));
  if (contracts?.length) {
    await tx
      .insert(membershipContracts)
      .values(contracts.map((contract) => ({ membershipId, contractId: contract.id })));
  }
}

/**
 * The employer keeps at least one Master User with lasting access (not revoked, no end date) besides the
 * one whose access changes: a Master cannot revoke or downgrade themselves when they are the last one,
 * nor leave the employer to masters whose access will run out. Locks the employer's master rows so that
 * two masters cannot each remove the other at the same time.
 */
export async function assertAnotherMasterRemains(tx: Executor, employerId: string, userId: string) {
  const others = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.employerId, employerId),
        eq(memberships.role, 'master'),
        ne(memberships.userId, userId),
        isNull(memberships.revokedAt),
        isNull(memberships.endDate),
      ),
    )
    .for('update');
  if (others.length === 0) {
    throw new HttpError(
      409,
      'last_master',
      'This is the last Master User of the employer: give another user the Master role first.',
    );
  }
}

/** Access that still counts today: not revoked and not past its end date. */
export const currentMembership = () => membershipIsCurrent(todayInBelgium());

/**
 * Access to one employer is checked at every request, so a revoked one ends there at once; a user left
 * with no employer at all has nothing to do here any more: every session of theirs ends, and so does any
 * set-password link they have not used (an invitation revoked before it was accepted).
 */
export async function endSessionsIfNoEmployerLeft(tx: Executor, userId: string): Promise<boolean> {
  const [left] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), currentMembership()));
  if ((left?.n ?? 0) > 0) return false;
  await deleteUserSessions(tx, userId);
  await tx
    .update(passwordTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
  return true;
}
