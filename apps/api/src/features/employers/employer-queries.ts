import type { EmployerSummary, GroupContract } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope, contractScope } from '../affiliates/affiliate-scope';
import { hiddenForLackOfNumber } from '../affiliates/missing-numbers';

const { employers, affiliates, affiliateContracts, groupContracts } = schema;

// the contracts of one employer a user may see, for a query over several employers
const contractsInScope = (access: EmployerAccessContext) =>
  and(eq(affiliates.employerId, access.employerId), contractScope(access, affiliateContracts.contractId));

/** The employers of a user with the figures of their home page and of the account manager's portfolio. */
export async function listEmployerSummaries(
  db: Executor,
  accessList: EmployerAccessContext[],
): Promise<EmployerSummary[]> {
  if (accessList.length === 0) return [];
  const rows = await db
    .select({
      id: employers.id,
      name: employers.name,
      enterpriseNumber: employers.enterpriseNumber,
      language: employers.language,
      affiliateCount: sql<number>`count(${affiliates.id})::int`,
      professionalEmailCount: sql<number>`count(${affiliates.professionalEmail})::int`,
      privateEmailCount: sql<number>`count(${affiliates.privateEmail})::int`,
      missingNationalNumberCount: sql<number>`(count(${affiliates.id}) filter (where ${hiddenForLackOfNumber(
        todayInBelgium(),
        or(...accessList.map(contractsInScope)),
      )}))::int`,
      portalRegisteredCount: sql<number>`count(${affiliates.portalRegisteredAt})::int`,
    })
    .from(employers)
    // a user restricted to some contracts counts the affiliates of those contracts only
    .leftJoin(affiliates, and(eq(affiliates.employerId, employers.id), or(...accessList.map(affiliateScope))))
    .where(
      inArray(
        employers.id,
        accessList.map((entry) => entry.employerId),
      ),
    )
    .groupBy(employers.id)
    .orderBy(employers.name);
  const accessById = new Map(accessList.map((entry) => [entry.employerId, entry.access]));
  return rows.map((row) => ({ ...row, access: accessById.get(row.id) ?? 'read' }));
}

export async function listGroupContracts(
  db: Executor,
  access: EmployerAccessContext,
): Promise<GroupContract[]> {
  const rows = await db
    .select({
      id: groupContracts.id,
      number: groupContracts.number,
      name: groupContracts.name,
      planType: groupContracts.planType,
      personalRiskPeriodDays: groupContracts.personalRiskPeriodDays,
      startDate: groupContracts.startDate,
      active: sql<number>`count(*) filter (where ${affiliateContracts.status} = 'active')::int`,
      passive: sql<number>`count(*) filter (where ${affiliateContracts.status} = 'passive')::int`,
      terminated: sql<number>`count(*) filter (where ${affiliateContracts.status} = 'terminated')::int`,
    })
    .from(groupContracts)
    .leftJoin(affiliateContracts, eq(affiliateContracts.contractId, groupContracts.id))
    .where(
      and(
        eq(groupContracts.employerId, access.employerId),
        access.contractIds === null
          ? undefined
          : inArray(
              groupContracts.id,
              access.contractIds.length ? access.contractIds : ['00000000-0000-0000-0000-000000000000'],
            ),
      ),
    )
    .groupBy(groupContracts.id)
    .orderBy(groupContracts.number);
  return rows.map(({ active, passive, terminated, ...contract }) => ({
    ...contract,
    affiliateCounts: { active, passive, terminated },
  }));
}
