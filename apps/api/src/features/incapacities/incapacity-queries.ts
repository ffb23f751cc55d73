import type { Incapacity, IncapacityListResponse } from '@groupdesk/contracts';
import type { incapacityListQuerySchema } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { incapacityTimeline, insurerStartsOf, isDeclarationLate } from '@groupdesk/domain';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope, contractScope } from '../affiliates/affiliate-scope';

const { affiliates, affiliateContracts, groupContracts, incapacities, users } = schema;

const columns = {
  id: incapacities.id,
  affiliateId: incapacities.affiliateId,
  lastName: affiliates.lastName,
  firstName: affiliates.firstName,
  firstDay: incapacities.firstDay,
  cause: incapacities.cause,
  doctorAssessedOn: incapacities.doctorAssessedOn,
  declaredOn: incapacities.declaredOn,
  endDate: incapacities.endDate,
  declaredBy: users.name,
};

/** The active affiliations of these affiliates that the user may see, with their risk period and covers. */
async function riskPeriodsOf(db: Executor, access: EmployerAccessContext, affiliateIds: string[]) {
  if (affiliateIds.length === 0) return [];
  return db
    .select({
      affiliateId: affiliateContracts.affiliateId,
      contractId: groupContracts.id,
      number: groupContracts.number,
      name: groupContracts.name,
      personalRiskPeriodDays: groupContracts.personalRiskPeriodDays,
      guarantees: affiliateContracts.guarantees,
    })
    .from(affiliateContracts)
    .innerJoin(groupContracts, eq(groupContracts.id, affiliateContracts.contractId))
    .where(
      and(
        inArray(affiliateContracts.affiliateId, affiliateIds),
        eq(affiliateContracts.status, 'active'),
        contractScope(access, affiliateContracts.contractId),
      ),
    )
    .orderBy(groupContracts.number);
}

const selectIncapacities = (db: Executor) =>
  db
    .select(columns)
    .from(incapacities)
    .innerJoin(affiliates, eq(affiliates.id, incapacities.affiliateId))
    .leftJoin(users, eq(users.id, incapacities.declaredBy));
type Row = Awaited<ReturnType<typeof selectIncapacities>>[number];

/** The declaration with what follows from it (seed 002): guaranteed pay, the insurer's start per contract. */
function incapacityOf(row: Row, periods: Awaited<ReturnType<typeof riskPeriodsOf>>): Incapacity {
  const { affiliateId, lastName, firstName, ...declared } = row;
  const doctorAssessedOn = row.doctorAssessedOn ?? undefined;
  const contracts = periods
    .filter((period) => period.affiliateId === affiliateId)
    .map(({ affiliateId: _affiliate, guarantees, ...period }) => {
      const timeline = incapacityTimeline({
        firstDay: row.firstDay,
        cause: row.cause,
        doctorAssessedOn,
        ...period,
      });
      return { ...period, ...insurerStartsOf(timeline, guarantees) };
    });
  // guaranteed pay, statutory benefit and deadline do not depend on the personal risk period: any valid one gives them
  const { guaranteedPayEnd, statutoryBenefitFrom, statutoryBenefitPayer, reportingDeadline } =
    incapacityTimeline({
      firstDay: row.firstDay,
      cause: row.cause,
      personalRiskPeriodDays: 30,
      doctorAssessedOn,
    });
  return {
    ...declared,
    affiliate: { id: affiliateId, lastName, firstName },
    late: isDeclarationLate(row.firstDay, row.declaredOn),
    guaranteedPayEnd,
    statutoryBenefitFrom,
    statutoryBenefitPayer,
    reportingDeadline,
    contracts,
  };
}

type ListQuery = z.output<typeof incapacityListQuerySchema>;

/** The employer's incapacities of affiliates in the user's scope: open ones by default, oldest first. */
export async function listIncapacities(
  db: Executor,
  access: EmployerAccessContext,
  query: ListQuery,
): Promise<IncapacityListResponse> {
  const where = and(
    eq(incapacities.employerId, access.employerId),
    affiliateScope(access),
    query.status === 'open' ? isNull(incapacities.endDate) : undefined,
    query.status === 'closed' ? isNotNull(incapacities.endDate) : undefined,
    query.affiliateId ? eq(incapacities.affiliateId, query.affiliateId) : undefined,
  );
  const order = query.status === 'open' ? [asc(incapacities.firstDay)] : [desc(incapacities.firstDay)];
  const [rows, [total]] = await Promise.all([
    selectIncapacities(db)
      .where(where)
      .orderBy(...order, asc(incapacities.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: count() })
      .from(incapacities)
      .innerJoin(affiliates, eq(affiliates.id, incapacities.affiliateId))
      .where(where),
  ]);
  const periods = await riskPeriodsOf(db, access, [...new Set(rows.map((row) => row.affiliateId))]);
  return {
    items: rows.map((row) => incapacityOf(row, periods)),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function findIncapacity(
  db: Executor,
  access: EmployerAccessContext,
  incapacityId: string,
): Promise<Incapacity | null> {
  const [row] = await selectIncapacities(db).where(
    and(
      eq(incapacities.employerId, access.employerId),
      affiliateScope(access),
      eq(incapacities.id, incapacityId),
    ),
  );
  if (!row) return null;
  return incapacityOf(row, await riskPeriodsOf(db, access, [row.affiliateId]));
}
