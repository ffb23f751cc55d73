import { type Executor, schema } from '@groupdesk/db';
import { and, count, eq, inArray } from 'drizzle-orm';

const { affiliateContracts } = schema;

/** "N" of the acceptance tables: the affiliates whose affiliation to the group contract is active. */
export async function activeAffiliateCounts(
  tx: Executor,
  contractIds: string[],
): Promise<Map<string, number>> {
  if (contractIds.length === 0) return new Map();
  const rows = await tx
    .select({ contractId: affiliateContracts.contractId, n: count() })
    .from(affiliateContracts)
    .where(and(inArray(affiliateContracts.contractId, contractIds), eq(affiliateContracts.status, 'active')))
    .groupBy(affiliateContracts.contractId);
  return new Map(rows.map((row) => [row.contractId, row.n]));
}
