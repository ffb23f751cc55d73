import type { AffiliateListQuery } from '@groupdesk/contracts';
import { todayInBelgium } from '@groupdesk/domain';
import { schema } from '@groupdesk/db';
import { type SQL, and, eq, isNull, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope, contractScope } from './affiliate-scope';
import { affiliateSearchCondition } from './affiliate-search';
import { hiddenForLackOfNumber } from './missing-numbers';

const { affiliates, affiliateContracts } = schema;

/** The affiliates of the list: the user's scope, the search and the filters. */
export function listCondition(access: EmployerAccessContext, query: AffiliateListQuery): SQL | undefined {
  // a status of a contract outside the user's scope says nothing they may see
  const scopedStatus = query.contractStatus
    ? contractScope(access, affiliateContracts.contractId)
    : undefined;
  return and(
    affiliateScope(access),
    query.search ? affiliateSearchCondition(query.search) : undefined,
    query.employmentStatus ? eq(affiliates.employmentStatus, query.employmentStatus) : undefined,
    query.missing === 'nationalNumber'
      ? hiddenForLackOfNumber(todayInBelgium(), contractScope(access, affiliateContracts.contractId))
      : undefined,
    query.missing === 'professionalEmail' ? isNull(affiliates.professionalEmail) : undefined,
    query.contractId || query.contractStatus
      ? sql`exists (select 1 from ${affiliateContracts} where ${affiliateContracts.affiliateId} = ${affiliates.id}
          ${query.contractId ? sql`and ${affiliateContracts.contractId} = ${query.contractId}` : sql``}
          ${query.contractStatus ? sql`and ${affiliateContracts.status} = ${query.contractStatus}` : sql``}
          ${scopedStatus ? sql`and ${scopedStatus}` : sql``})`
      : undefined,
  );
}

/** Nothing but the employer and perhaps the employment status narrows the list: its total is kept counted. */
export const isCountedList = (access: EmployerAccessContext, query: AffiliateListQuery) =>
  access.contractIds === null &&
  !query.search &&
  !query.missing &&
  !query.contractId &&
  !query.contractStatus;

/**
 * The contracts that alone narrow the list (the user's scope, or the contract filter of a user who sees
 * them all): its total is then the number of affiliates on them, read from the affiliations' index.
 */
export function narrowingContracts(access: EmployerAccessContext, query: AffiliateListQuery) {
  if (query.search || query.missing || query.contractStatus || query.employmentStatus) return null;
  if (access.contractIds === null) return query.contractId ? [query.contractId] : null;
  return query.contractId ? null : access.contractIds;
}

/**
 * The contracts of a listed affiliate in the user's scope, for the rows of one page only. It names the
 * outer table itself: drizzle leaves the columns of a one-table select unqualified.
 */
export function contractsOfListed(access: EmployerAccessContext) {
  const scopedContracts = contractScope(access, sql.raw('ac.contract_id'));
  return sql<Array<{ number: string; status: 'active' | 'passive' | 'terminated' }>>`coalesce((
    select json_agg(json_build_object('number', gc.number, 'status', ac.status) order by gc.number)
    from affiliate_contracts ac join group_contracts gc on gc.id = ac.contract_id
    where ac.affiliate_id = "affiliates"."id" ${scopedContracts ? sql`and ${scopedContracts}` : sql``}
  ), '[]'::json)`;
}
