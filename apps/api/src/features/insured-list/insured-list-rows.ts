import { type Transaction, schema } from '@groupdesk/db';
import { type SQL, and, eq, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope, contractScope } from '../affiliates/affiliate-scope';
import type { InsuredListRow } from './insured-list-workbook';

const { affiliates, affiliateContracts, groupContracts } = schema;

// 2,000 rows are about 1.2 MB of sheet XML, written while the next batch is fetched; from 500 to 10,000 rows
// a batch, neither the time nor the peak memory of an export of 100,000 moved beyond the noise
const BATCH_SIZE = 2_000;
const CURSOR = sql.raw('insured_list');

/** a row as the cursor gives it: the contracts as space-separated ids, or null */
type FetchedRow = Omit<InsuredListRow, 'contracts'> & { contracts: string | null };

/**
 * The whole list in one query, by name then id, read in that order from the name index so that rows flow
 * from the first fetch on (a sort of the employer first would make the export wait half a second for its
 * first row). Each affiliate's contracts are read as ids from the affiliation index alone; their numbers
 * come from the employer's few contracts, looked up once: joining them and sorting per affiliate in SQL
 * took twice as long.
 */
function insuredListQuery(access: EmployerAccessContext): SQL {
  return sql`select ${affiliates.id} as "id",
      (select string_agg(${affiliateContracts.contractId}::text, ' ') from ${affiliateContracts}
        where ${and(eq(affiliateContracts.affiliateId, affiliates.id), contractScope(access, affiliateContracts.contractId))}
      ) as "contracts",
      ${affiliates.nationalNumber} as "nationalNumber", ${affiliates.lastName} as "lastName",
      ${affiliates.firstName} as "firstName", ${affiliates.birthDate}::text as "birthDate",
      ${affiliates.language} as "language", ${affiliates.employmentStatus} as "employmentStatus",
      ${affiliates.professionalEmail} as "professionalEmail",
      ${affiliates.privateEmail} is not null as "privateEmailKnown"
    from ${affiliates}
    where ${affiliateScope(access)}
    order by ${affiliates.lastName}, ${affiliates.firstName}, ${affiliates.id}`;
}

/** `530/1001, 530/1002`: the numbers of space-separated contract ids, in order. */
function contractNumbers(numberOf: Map<string, string>) {
  return (ids: string | null): string => {
    if (ids === null) return '';
    if (!ids.includes(' ')) return numberOf.get(ids) ?? '';
    return ids
      .split(' ')
      .map((id) => numberOf.get(id) ?? '')
      .filter(Boolean)
      .sort()
      .join(', ');
  };
}

/**
 * The affiliates in the user's scope, a batch at a time, through a cursor in `tx`: memory holds a batch or
 * two whatever the employer's size. `tx` should be a read-only, repeatable-read transaction, so that the
 * list is one snapshot of the employer even while its affiliates change.
 */
export async function* insuredListRows(
  tx: Transaction,
  access: EmployerAccessContext,
  batchSize = BATCH_SIZE,
): AsyncGenerator<InsuredListRow[]> {
  const contracts = await tx
    .select({ id: groupContracts.id, number: groupContracts.number })
    .from(groupContracts)
    .where(eq(groupContracts.employerId, access.employerId));
  const numbers = contractNumbers(new Map(contracts.map((contract) => [contract.id, contract.number])));
  await tx.execute(sql`declare ${CURSOR} no scroll cursor for ${insuredListQuery(access)}`);
  const fetch = sql`fetch ${sql.raw(String(batchSize))} from ${CURSOR}`;
  for (;;) {
    const { rows } = await tx.execute<FetchedRow>(fetch);
    // `contracts` comes as ids and leaves as numbers: the same property, so every row keeps one shape
    for (const row of rows) row.contracts = numbers(row.contracts);
    if (rows.length > 0) yield rows as InsuredListRow[];
    if (rows.length < batchSize) break;
  }
  await tx.execute(sql`close ${CURSOR}`);
}
