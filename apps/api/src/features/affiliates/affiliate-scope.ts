import { schema } from '@groupdesk/db';
import { type SQL, and, eq, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';

const { affiliates, affiliateContracts } = schema;

/** Every query of affiliates filters by employer, and by the user's contracts when their scope is limited. */
export function affiliateScope(access: EmployerAccessContext): SQL {
  const ofEmployer = eq(affiliates.employerId, access.employerId);
  if (access.contractIds === null) return ofEmployer;
  const contractIds =
    access.contractIds.length > 0 ? access.contractIds : ['00000000-0000-0000-0000-000000000000'];
  // the employer named inside too: the affiliations of the scope are then read once from the index on
  // (employer, contract, affiliate) and hashed, rather than looked up once per affiliate of the employer
  return and(
    ofEmployer,
    sql`exists (select 1 from ${affiliateContracts} where ${affiliateContracts.affiliateId} = ${affiliates.id}
      and ${affiliateContracts.employerId} = ${access.employerId}
      and ${affiliateContracts.contractId} in (${sql.join(
        contractIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}))`,
  )!;
}

/**
 * Contracts of an affiliate the user may see; `column` is the contract id column of the query at hand.
 * `contractIds` null: every contract (also for a job, which acts for no user).
 */
export function contractScope(
  access: Pick<EmployerAccessContext, 'contractIds'>,
  column: SQL | typeof affiliateContracts.contractId,
): SQL | undefined {
  if (access.contractIds === null) return undefined;
  if (access.contractIds.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    access.contractIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}
