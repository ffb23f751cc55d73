import type { AffiliateDetail } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import {
  formatNationalNumber,
  nationalNumberChangeOf,
  nationalNumberInconsistencies,
  parseNationalNumber,
  portalVisibility,
  todayInBelgium,
} from '@groupdesk/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { listColumns } from './affiliate-columns';
import { affiliateScope, contractScope } from './affiliate-scope';
import { lifeOfContract } from '../life-events/contract-life';

const { affiliates, affiliateContracts, affiliateNationalNumberHistory, groupContracts, users } = schema;

// the list lives in a file of its own; routes find both here
export { listAffiliates } from './affiliate-list';

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
  const now = todayInBelgium();
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
