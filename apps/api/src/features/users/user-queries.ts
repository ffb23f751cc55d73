import type { EmployerUser, EmployerUserStatus } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { type MasterScope, accessWithinScope, contractWithinScope } from './master-scope';

const { memberships, users } = schema;

/** Revoked or past its end date wins over everything; then whether the person ever set a password. */
export function membershipStatus(membership: {
  revokedAt: Date | null;
  endDate: string | null;
  hasPassword: boolean;
}): EmployerUserStatus {
  if (membership.revokedAt) return 'revoked';
  // the same day the access check uses: the end date is the last day of access
  if (membership.endDate !== null && membership.endDate < todayInBelgium()) return 'expired';
  return membership.hasPassword ? 'active' : 'invited';
}

const contractsOfMembership = (scope: MasterScope) => sql<
  Array<{ id: string; number: string; name: string }>
>`coalesce((
  select json_agg(json_build_object('id', c.id, 'number', c.number, 'name', c.name) order by c.number)
  from membership_contracts mc join group_contracts c on c.id = mc.contract_id
  where mc.membership_id = ${memberships.id} and ${contractWithinScope(scope, sql`c.id`)}), '[]'::json)`;

/** `scope`: the contracts of the Master User who looks (null: all); other contracts are not named. */
function selectUsers(db: Executor, scope: MasterScope) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      lastSignInAt: users.lastSignInAt,
      totpEnabledAt: users.totpEnabledAt,
      role: memberships.role,
      profile: memberships.profile,
      allContracts: memberships.allContracts,
      contracts: contractsOfMembership(scope),
      editable: accessWithinScope(scope),
      endDate: memberships.endDate,
      revokedAt: memberships.revokedAt,
      grantedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId));
}

type UserRow = Awaited<ReturnType<ReturnType<typeof selectUsers>['execute']>>[number];

function toEmployerUser(row: UserRow): EmployerUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    profile: row.profile,
    contracts: row.allContracts ? null : row.contracts,
    endDate: row.endDate,
    status: membershipStatus(row),
    grantedAt: row.grantedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    twoFactor: row.totpEnabledAt !== null,
    editable: row.editable,
  };
}

/**
 * Everyone who has, had or is invited to access to the employer: current first, by name. A Master User
 * limited to some contracts sees them all too, with only their own contracts named.
 */
export async function listEmployerUsers(
  db: Executor,
  employerId: string,
  scope: MasterScope,
): Promise<EmployerUser[]> {
  const rows = await selectUsers(db, scope)
    .where(eq(memberships.employerId, employerId))
    .orderBy(sql`${memberships.revokedAt} is not null`, asc(sql`lower(${users.name})`), asc(users.email));
  return rows.map(toEmployerUser);
}

export async function findEmployerUser(
  db: Executor,
  employerId: string,
  userId: string,
  scope: MasterScope,
): Promise<EmployerUser | null> {
  const [row] = await selectUsers(db, scope).where(
    and(eq(memberships.employerId, employerId), eq(memberships.userId, userId)),
  );
  return row ? toEmployerUser(row) : null;
}
