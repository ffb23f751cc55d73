import { type Executor, schema } from '@groupdesk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope, contractScope } from '../affiliates/affiliate-scope';

const { affiliates, affiliateContracts, benefitStatements, employers, groupContracts } = schema;

/** Everything a printed statement shows, in one row. */
const documentColumns = {
  id: benefitStatements.id,
  year: benefitStatements.year,
  issueDate: benefitStatements.issueDate,
  figures: benefitStatements.figures,
  affiliateId: affiliates.id,
  lastName: affiliates.lastName,
  firstName: affiliates.firstName,
  nationalNumber: affiliates.nationalNumber,
  nationalNumberKind: affiliates.nationalNumberKind,
  birthDate: affiliates.birthDate,
  language: affiliates.language,
  contractNumber: groupContracts.number,
  contractName: groupContracts.name,
  planType: groupContracts.planType,
  // as the statement's figures give them at its reference date; statements issued before the figures
  // carried them fall back to the contract's period and the affiliation's guarantee as they stand today
  personalRiskPeriodDays: sql<number>`coalesce((${benefitStatements.figures} ->> 'personalRiskPeriodDays')::int,
    ${groupContracts.personalRiskPeriodDays})`,
  premiumWaiver: sql<boolean | null>`coalesce((${benefitStatements.figures} ->> 'premiumWaiver')::boolean,
    (${affiliateContracts.guarantees} ->> 'premiumWaiver')::boolean)`,
  employerName: employers.name,
  enterpriseNumber: employers.enterpriseNumber,
};

export const selectStatementDocuments = (db: Executor) =>
  db
    .select(documentColumns)
    .from(benefitStatements)
    .innerJoin(affiliates, eq(affiliates.id, benefitStatements.affiliateId))
    .innerJoin(groupContracts, eq(groupContracts.id, benefitStatements.contractId))
    .innerJoin(employers, eq(employers.id, benefitStatements.employerId))
    .leftJoin(
      affiliateContracts,
      and(
        eq(affiliateContracts.affiliateId, benefitStatements.affiliateId),
        eq(affiliateContracts.contractId, benefitStatements.contractId),
      ),
    );

export type StatementDocument = Awaited<ReturnType<typeof selectStatementDocuments>>[number];

/** The statements this user may see: of the employer, of affiliates and contracts in their scope. */
export const statementScope = (access: EmployerAccessContext) =>
  and(
    eq(benefitStatements.employerId, access.employerId),
    affiliateScope(access),
    contractScope(access, sql`${benefitStatements.contractId}`),
  );

/** One statement of one affiliate, ready to print; null when it is not there or not in the user's scope. */
export async function findStatementDocument(
  db: Executor,
  access: EmployerAccessContext,
  affiliateId: string,
  statementId: string,
): Promise<StatementDocument | null> {
  const [row] = await selectStatementDocuments(db).where(
    and(
      statementScope(access),
      eq(benefitStatements.affiliateId, affiliateId),
      eq(benefitStatements.id, statementId),
    ),
  );
  return row ?? null;
}
