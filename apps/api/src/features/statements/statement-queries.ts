import type { StatementListResponse } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope } from '../affiliates/affiliate-scope';
import { statementScope } from './statement-document';

const { affiliates, benefitStatements, groupContracts } = schema;

/**
 * Every year's statement of an affiliate, newest first: the employer keeps the whole history, the portal
 * shows only the latest of each contract (000_…, question 6). Null when the affiliate is not in the scope.
 */
export async function listStatements(
  db: Executor,
  access: EmployerAccessContext,
  affiliateId: string,
): Promise<StatementListResponse | null> {
  const [affiliate] = await db
    .select({ id: affiliates.id })
    .from(affiliates)
    .where(and(affiliateScope(access), eq(affiliates.id, affiliateId)));
  if (!affiliate) return null;

  const rows = await db
    .select({
      id: benefitStatements.id,
      year: benefitStatements.year,
      issueDate: benefitStatements.issueDate,
      figures: benefitStatements.figures,
      contractId: groupContracts.id,
      contractNumber: groupContracts.number,
      contractName: groupContracts.name,
      latest: sql<boolean>`${benefitStatements.year} = max(${benefitStatements.year}) over (partition by ${benefitStatements.contractId})`,
    })
    .from(benefitStatements)
    .innerJoin(affiliates, eq(affiliates.id, benefitStatements.affiliateId))
    .innerJoin(groupContracts, eq(groupContracts.id, benefitStatements.contractId))
    .where(and(statementScope(access), eq(benefitStatements.affiliateId, affiliateId)))
    .orderBy(desc(benefitStatements.year), asc(groupContracts.number));

  const base = `/api/employers/${access.employerId}/affiliates/${affiliateId}/statements`;
  return {
    items: rows.map((row) => ({
      id: row.id,
      year: row.year,
      issueDate: row.issueDate,
      contract: { id: row.contractId, number: row.contractNumber, name: row.contractName },
      figures: row.figures,
      latest: row.latest,
      pdfUrl: `${base}/${row.id}/pdf`,
    })),
  };
}
