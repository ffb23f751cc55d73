import type { EmployerAccess } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
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

const today = () => new Date().toISOString().slice(0, 10);

/** A membership counts while it is neither revoked nor past its end date (an external consultant's mission). */
const membershipIsCurrent = () =>
  and(isNull(memberships.revokedAt), or(isNull(memberships.endDate), gte(memberships.endDate, today())));

/** Every employer this user may see now (or only `employerId`), with what they may do there. */
export async function listEmployerAccess(
  db: Executor,
  user: SessionUser,
  employerId?: string,
): Promise<EmployerAccessContext[]> {
  const onlyThis = employerId ? eq(employers.id, employerId) : undefined;
  if (user.kind === 'account-manager' || user.kind === 'admin') {
    const rows = await db
      .select({ id: employers.id, name: employers.name })
      .from(employers)
      .where(
        and(
          onlyThis,
          user.kind === 'admin'
            ? undefined
            : sql`${employers.id} in (select ${portfolios.employerId} from ${portfolios} where ${portfolios.accountManagerId} = ${user.id})`,
        ),
      )
      .orderBy(employers.name);
    return rows.map((row) => ({
      employerId: row.id,
      employerName: row.name,
      access: 'account-manager',
      canWrite: false,
      contractIds: null,
      endDate: null,
    }));
  }
  const rows = await db
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
    .where(and(eq(memberships.userId, user.id), membershipIsCurrent(), onlyThis))
    .orderBy(employers.name);
  return rows.map((row) => {
    const access: EmployerAccess = row.role === 'master' ? 'master' : row.profile;
    return {
      employerId: row.id,
      employerName: row.name,
      access,
      canWrite: access !== 'read',
      contractIds: row.allContracts ? null : row.contractIds,
      endDate: row.endDate,
    };
  });
}

export async function findEmployerAccess(
  db: Executor,
  user: SessionUser,
  employerId: string,
): Promise<EmployerAccessContext | null> {
  // not a uuid: no employer (and no query the database would refuse)
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(employerId)) return null;
  // every employer route asks: an admin's 2,000 employers are not read each time
  const [access] = await listEmployerAccess(db, user, employerId);
  return access ?? null;
}
