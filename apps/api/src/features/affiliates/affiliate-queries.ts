import type { AffiliateDetail, AffiliateListQuery, AffiliateListResponse } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import {
  formatNationalNumber,
  nationalNumberChangeOf,
  nationalNumberInconsistencies,
  parseNationalNumber,
  portalVisibility,
} from '@groupdesk/domain';
import { type SQL, and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope, contractScope } from './affiliate-scope';
import { affiliateSearchCondition } from './affiliate-search';
import { lifeOfContract } from '../life-events/contract-life';
import { hiddenForLackOfNumber } from './missing-numbers';

const { affiliates, affiliateContracts, affiliateNationalNumberHistory, groupContracts, users } = schema;

const sortOrders: Record<AffiliateListQuery['sort'], SQL[]> = {
  name: [asc(affiliates.lastName), asc(affiliates.firstName), asc(affiliates.id)],
  '-name': [desc(affiliates.lastName), desc(affiliates.firstName), desc(affiliates.id)],
  nationalNumber: [sql`${affiliates.nationalNumber} asc nulls first`, asc(affiliates.id)],
  '-nationalNumber': [sql`${affiliates.nationalNumber} desc nulls last`, desc(affiliates.id)],
  email: [sql`${affiliates.professionalEmail} asc nulls first`, asc(affiliates.id)],
  '-email': [sql`${affiliates.professionalEmail} desc nulls last`, desc(affiliates.id)],
};

const listColumns = {
  id: affiliates.id,
  nationalNumber: affiliates.nationalNumber,
  nationalNumberKind: affiliates.nationalNumberKind,
  lastName: affiliates.lastName,
  firstName: affiliates.firstName,
  birthDate: affiliates.birthDate,
  language: affiliates.language,
  professionalEmail: affiliates.professionalEmail,
  privateEmailKnown: sql<boolean>`${affiliates.privateEmail} is not null`,
  portalRegistered: sql<boolean>`${affiliates.portalRegisteredAt} is not null`,
  employmentStatus: affiliates.employmentStatus,
};

const today = () => new Date().toISOString().slice(0, 10);

export async function listAffiliates(
  db: Executor,
  access: EmployerAccessContext,
  query: AffiliateListQuery,
): Promise<AffiliateListResponse> {
  const scopedContracts = contractScope(access, sql.raw('ac.contract_id'));
  // a status of a contract outside the user's scope says nothing they may see
  const scopedStatus = query.contractStatus
    ? contractScope(access, affiliateContracts.contractId)
    : undefined;
  const where = and(
    affiliateScope(access),
    query.search ? affiliateSearchCondition(query.search) : undefined,
    query.employmentStatus ? eq(affiliates.employmentStatus, query.employmentStatus) : undefined,
    query.missing === 'nationalNumber'
      ? hiddenForLackOfNumber(today(), contractScope(access, affiliateContracts.contractId))
      : undefined,
    query.missing === 'professionalEmail' ? isNull(affiliates.professionalEmail) : undefined,
    query.contractId || query.contractStatus
      ? sql`exists (select 1 from ${affiliateContracts} where ${affiliateContracts.affiliateId} = ${affiliates.id}
          ${query.contractId ? sql`and ${affiliateContracts.contractId} = ${query.contractId}` : sql``}
          ${query.contractStatus ? sql`and ${affiliateContracts.status} = ${query.contractStatus}` : sql``}
          ${scopedStatus ? sql`and ${scopedStatus}` : sql``})`
      : undefined,
  );
  // drizzle leaves columns of a one-table select unqualified, so the correlated subquery names its tables itself
  const contracts = sql<Array<{ number: string; status: 'active' | 'passive' | 'terminated' }>>`coalesce((
    select json_agg(json_build_object('number', gc.number, 'status', ac.status) order by gc.number)
    from affiliate_contracts ac join group_contracts gc on gc.id = ac.contract_id
    where ac.affiliate_id = "affiliates"."id" ${scopedContracts ? sql`and ${scopedContracts}` : sql``}
  ), '[]'::json)`;

  const [items, [totals]] = await Promise.all([
    db
      .select({ ...listColumns, contracts })
      .from(affiliates)
      .where(where)
      .orderBy(...sortOrders[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(affiliates).where(where),
  ]);
  return { items, total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function findAffiliateDetail(
  db: Executor,
  access: EmployerAccessContext,
  affiliateId: string,
): Promise<AffiliateDetail | null> {
  const [affiliate] = await db
    .select({
      ...listColumns,
      sex: affiliates.sex,
      nationalNumberSince: affiliates.nationalNumberSince,
      leftOn: affiliates.leftOn,
      category: affiliates.category,
      occupancyRate: affiliates.occupancyRate,
      familySituation: affiliates.familySituation,
      updatedAt: affiliates.updatedAt,
    })
    .from(affiliates)
    .where(and(affiliateScope(access), eq(affiliates.id, affiliateId)));
  if (!affiliate) return null;

  const linksQuery = db
    .select({
      id: affiliateContracts.id,
      contractId: groupContracts.id,
      number: groupContracts.number,
      name: groupContracts.name,
      planType: groupContracts.planType,
      personalRiskPeriodDays: groupContracts.personalRiskPeriodDays,
      status: affiliateContracts.status,
      affiliationDate: affiliateContracts.affiliationDate,
      terminationDate: affiliateContracts.terminationDate,
      reserves: affiliateContracts.reserves,
      annualPremium: affiliateContracts.annualPremium,
      guarantees: affiliateContracts.guarantees,
      premiumSuspendedFrom: affiliateContracts.premiumSuspendedFrom,
      premiumSuspendedUntil: affiliateContracts.premiumSuspendedUntil,
      acceptanceTable: affiliateContracts.acceptanceTable,
      medicalFormality: affiliateContracts.medicalFormality,
      medicalAcceptance: affiliateContracts.medicalAcceptance,
    })
    .from(affiliateContracts)
    .innerJoin(groupContracts, eq(groupContracts.id, affiliateContracts.contractId))
    .where(
      and(
        eq(affiliateContracts.affiliateId, affiliateId),
        contractScope(access, affiliateContracts.contractId),
      ),
    )
    .orderBy(groupContracts.number);

  const historyQuery = db
    .select({
      previousNumber: affiliateNationalNumberHistory.previousNumber,
      previousKind: affiliateNationalNumberHistory.previousKind,
      newNumber: affiliateNationalNumberHistory.newNumber,
      newKind: affiliateNationalNumberHistory.newKind,
      changedAt: affiliateNationalNumberHistory.changedAt,
      changedBy: users.name,
    })
    .from(affiliateNationalNumberHistory)
    .leftJoin(users, eq(users.id, affiliateNationalNumberHistory.changedBy))
    .where(
      and(
        eq(affiliateNationalNumberHistory.employerId, access.employerId),
        eq(affiliateNationalNumberHistory.affiliateId, affiliateId),
      ),
    )
    .orderBy(desc(affiliateNationalNumberHistory.id));

  const [links, history] = await Promise.all([linksQuery, historyQuery]);
  const now = today();
  const parsed = affiliate.nationalNumber ? parseNationalNumber(affiliate.nationalNumber) : null;
  const nationalNumberInfo =
    parsed?.ok && affiliate.nationalNumber
      ? {
          formatted: formatNationalNumber(affiliate.nationalNumber),
          kind: parsed.value.kind,
          birthDate: parsed.value.birthDate,
          sex: parsed.value.sex,
          inconsistencies: nationalNumberInconsistencies(parsed.value, {
            birthDate: affiliate.birthDate,
            sex: affiliate.sex,
          }),
        }
      : null;

  return {
    ...affiliate,
    contracts: links.map(({ premiumSuspendedFrom, premiumSuspendedUntil, ...link }) => ({
      ...lifeOfContract(link, premiumSuspendedFrom, premiumSuspendedUntil, now),
      portalVisibility: portalVisibility({
        nationalNumber: affiliate.nationalNumber,
        nationalNumberSince: affiliate.nationalNumberSince,
        status: link.status,
        terminationDate: link.terminationDate,
        today: now,
      }),
    })),
    nationalNumberInfo,
    nationalNumberHistory: history.map((entry) => ({
      ...entry,
      change: entry.newKind ? nationalNumberChangeOf(entry.previousKind, entry.newKind) : 'corrected',
      changedAt: entry.changedAt.toISOString(),
    })),
    updatedAt: affiliate.updatedAt.toISOString(),
  };
}
