import type { EmployerAccess } from '@groupdesk/contracts';
import { todayInBelgium } from '@groupdesk/domain';
import { type Executor, schema } from '@groupdesk/db';
import { type Placeholder, and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { preparedOnce } from '../../lib/prepared-once';
import type { SessionUser } from '../session/session-store';

const { employers, memberships, membershipContracts, portfolios } = schema;

export interface EmployerAccessContext {
  employerId: string;
  employerName: string;
  access: EmployerAccess;
  canWrite: boolean;
  /** null: every contract of the employer; otherwise the only contracts this user may see */
  contractIds: string[] | null;
  endDate: string | null;
}

/** A value of the query, or the placeholder of a prepared statement that takes it at each execution. */
type Value = string | Placeholder;

/** A membership counts while it is neither revoked nor past its end date (an external consultant's mission). */
export const membershipIsCurrent = (onDay: Value) =>
  and(isNull(memberships.revokedAt), or(isNull(memberships.endDate), gte(memberships.endDate, onDay)));

/** The employers an account manager reviews (an admin: all), or only `employerId`. */
const reviewedEmployers = (
  db: Executor,
  user: { id: Value; kind: SessionUser['kind'] },
  employerId?: Value,
) =>
  db
    .select({ id: employers.id, name: employers.name })
    .from(employers)
    .where(
      and(
        employerId ? eq(employers.id, employerId) : undefined,
        user.kind === 'admin'
          ? undefined
          : sql`${employers.id} in (select ${portfolios.employerId} from ${portfolios} where ${portfolios.accountManagerId} = ${user.id})`,
      ),
    )
    .orderBy(employers.name);

/** The current memberships of an employer's user, with their contracts, or only the one of `employerId`. */
const currentMemberships = (db: Executor, userId: Value, onDay: Value, employerId?: Value) =>
  db
    .select({
      id: employers.id,
      name: employers.name,
      membershipId: memberships.id,
      role: memberships.role,
      profile: memberships.profile,
      allContracts: memberships.allContracts,
      endDate: memberships.endDate,
      contractIds: sql<
        string[]
      >`coalesce((select array_agg(${membershipContracts.contractId}) from ${membershipContracts} where ${membershipContracts.membershipId} = ${memberships.id}), '{}')`,
    })
    .from(memberships)
    .innerJoin(employers, eq(employers.id, memberships.employerId))
    .where(
      and(
        eq(memberships.userId, userId),
        membershipIsCurrent(onDay),
        employerId ? eq(employers.id, employerId) : undefined,
      ),
    )
    .orderBy(employers.name);

type ReviewedRow = Awaited<ReturnType<typeof reviewedEmployers>>[number];
type MembershipRow = Awaited<ReturnType<typeof currentMemberships>>[number];

const reviewerAccess = (row: ReviewedRow): EmployerAccessContext => ({
  employerId: row.id,
  employerName: row.name,
  access: 'account-manager',
  canWrite: false,
  contractIds: null,
  endDate: null,
});

function memberAccess(row: MembershipRow): EmployerAccessContext {
  const access: EmployerAccess = row.role === 'master' ? 'master' : row.profile;
  return {
    employerId: row.id,
    employerName: row.name,
    access,
    canWrite: access !== 'read',
    contractIds: row.allContracts ? null : row.contractIds,
    endDate: row.endDate,
  };
}

/** Every employer this user may see now (or only `employerId`), with what they may do there. */
export async function listEmployerAccess(
  db: Executor,
  user: SessionUser,
  employerId?: string,
): Promise<EmployerAccessContext[]> {
  if (user.kind === 'account-manager' || user.kind === 'admin') {
    return (await reviewedEmployers(db, user, employerId)).map(reviewerAccess);
  }
  return (await currentMemberships(db, user.id, todayInBelgium(), employerId)).map(memberAccess);
}

/** Every employer route asks who may do what there. */
const oneEmployerLookups = preparedOnce((db) => {
  const userId = sql.placeholder('userId');
  const employerId = sql.placeholder('employerId');
  return {
    member: currentMemberships(db, userId, sql.placeholder('today'), employerId).prepare(
      'employer_access_member',
    ),
    accountManager: reviewedEmployers(db, { id: userId, kind: 'account-manager' }, employerId).prepare(
      'employer_access_account_manager',
    ),
    admin: reviewedEmployers(db, { id: userId, kind: 'admin' }, employerId).prepare('employer_access_admin'),
  };
});

export async function findEmployerAccess(
  db: Executor,
  user: SessionUser,
  employerId: string,
): Promise<EmployerAccessContext | null> {
  // not a uuid: no employer (and no query the database would refuse)
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(employerId)) return null;
  const lookups = oneEmployerLookups(db);
  const values = { userId: user.id, employerId };
  const [access] =
    user.kind === 'employer'
      ? (await lookups.member.execute({ ...values, today: todayInBelgium() })).map(memberAccess)
      : (await lookups[user.kind === 'admin' ? 'admin' : 'accountManager'].execute(values)).map(
          reviewerAccess,
        );
  return access ?? null;
}
