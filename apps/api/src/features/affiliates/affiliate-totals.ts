import { type Executor, schema } from '@groupdesk/db';
import { type SQL, and, count, countDistinct, eq, inArray, sql, sum } from 'drizzle-orm';

const { affiliates, affiliateContracts, affiliateCounts } = schema;

/**
 * The employer's affiliates, or those of one employment status, as the database keeps them counted
 * (triggers on `affiliates`, migration 0011): one row read, where counting 100,000 index entries on every
 * page of the list took 20 ms.
 */
export async function countedAffiliates(
  db: Executor,
  employerId: string,
  employmentStatus: 'in-service' | 'left' | undefined,
): Promise<number> {
  const [row] = await db
    .select({ total: sum(affiliateCounts.affiliates).mapWith(Number) })
    .from(affiliateCounts)
    .where(
      and(
        eq(affiliateCounts.employerId, employerId),
        employmentStatus ? eq(affiliateCounts.employmentStatus, employmentStatus) : undefined,
      ),
    );
  return row?.total ?? 0;
}

/** The same kept count as an expression, to read along with a page in one query. */
export const keptCount = (employerId: string, employmentStatus: 'in-service' | 'left' | undefined) =>
  sql<number>`(select coalesce(sum(${affiliateCounts.affiliates}), 0)::int from ${affiliateCounts}
    where ${affiliateCounts.employerId} = ${employerId}
    ${employmentStatus ? sql`and ${affiliateCounts.employmentStatus} = ${employmentStatus}` : sql``})`;

/** The employer's affiliates on any of these contracts: one read of the affiliations' index. */
export async function countAffiliatesOn(
  db: Executor,
  employerId: string,
  contractIds: string[],
): Promise<number> {
  const [row] = await db
    .select({ total: countDistinct(affiliateContracts.affiliateId) })
    .from(affiliateContracts)
    .where(
      and(eq(affiliateContracts.employerId, employerId), inArray(affiliateContracts.contractId, contractIds)),
    );
  return row?.total ?? 0;
}

/** The affiliates a search or a filter finds, counted. */
export async function countAffiliates(db: Executor, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(affiliates).where(where);
  return row?.total ?? 0;
}
