import { type Executor, schema } from '@groupdesk/db';
import { type SQL, and, eq, notInArray, sql } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';

const { membershipContracts, memberships } = schema;

/**
 * The contracts a Master User answers for: null when their own access covers every contract of the
 * employer. A Master User limited to some contracts manages access within those contracts only: they grant
 * only their contracts (never "all contracts"), and change or revoke only someone whose every contract is
 * one of theirs. Their own access lies within their contracts, so the same rule keeps them from widening it.
 */
export type MasterScope = string[] | null;

export function assertGrantWithinScope(scope: MasterScope, contractIds: string[] | null): void {
  if (scope === null) return;
  if (contractIds === null || contractIds.some((id) => !scope.includes(id))) {
    throw new HttpError(
      403,
      'contracts_outside_scope',
      'Your access covers only some contracts: you can grant access to those contracts only.',
    );
  }
}

/** A user's current access lies within the Master User's contracts, or only a Master with those may touch it. */
export async function assertAccessWithinScope(
  tx: Executor,
  scope: MasterScope,
  membership: { id: string; allContracts: boolean },
): Promise<void> {
  if (scope === null) return;
  const [outside] = membership.allContracts
    ? [{ id: 'all' }]
    : await tx
        .select({ id: membershipContracts.contractId })
        .from(membershipContracts)
        .where(
          and(
            eq(membershipContracts.membershipId, membership.id),
            scope.length ? notInArray(membershipContracts.contractId, scope) : undefined,
          ),
        )
        .limit(1);
  if (outside) {
    throw new HttpError(
      403,
      'user_outside_scope',
      'This user has access to contracts outside yours: only a Master User with those contracts can change or revoke it.',
    );
  }
}

/** Whether the listed access lies within the Master User's contracts (the users page offers its actions). */
export const accessWithinScope = (scope: MasterScope) =>
  scope === null
    ? sql<boolean>`true`
    : sql<boolean>`(not ${memberships.allContracts} and not exists (
        select 1 from ${membershipContracts} mc where mc.membership_id = ${memberships.id}
        and mc.contract_id <> all(${toUuidArray(scope)})))`;

/** Only the contracts the Master User answers for are named on their users page. */
export const contractWithinScope = (scope: MasterScope, contractId: SQL) =>
  scope === null ? sql`true` : sql`${contractId} = any(${toUuidArray(scope)})`;

const toUuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
