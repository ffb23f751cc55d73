import { schema } from '@groupdesk/db';
import { terminatedVisibleMonths } from '@groupdesk/domain';
import { type SQL, type SQLWrapper, and, isNull, sql } from 'drizzle-orm';

const { affiliates, affiliateContracts } = schema;

/**
 * An affiliation that a number would make visible on the portal: not terminated, or terminated less than six
 * months ago (`portalVisibility`: one terminated longer ago stays hidden whatever the number). `status` and
 * `terminationDate` name the affiliation's columns, for a query that reads them under an alias.
 */
export function visibleOnceNumbered(
  today: string,
  status: SQLWrapper = affiliateContracts.status,
  terminationDate: SQLWrapper = affiliateContracts.terminationDate,
): SQL {
  return sql`(${status} <> 'terminated'
    or (${terminationDate} + make_interval(months => ${terminatedVisibleMonths}))::date >= ${today}::date)`;
}

/**
 * Affiliates whose contracts the employee portal cannot show only because no national/BIS number is
 * recorded (FAQ, question 1): at least one contract that a number would make visible, so not those
 * terminated more than six months ago, which stay hidden whatever the number (`portalVisibility`).
 * `contracts` limits the contracts looked at to a user's scope.
 */
export function hiddenForLackOfNumber(today: string, contracts?: SQL): SQL {
  return and(
    isNull(affiliates.nationalNumber),
    sql`exists (select 1 from ${affiliateContracts} where ${affiliateContracts.affiliateId} = ${affiliates.id}
      and ${visibleOnceNumbered(today)}
      ${contracts ? sql`and ${contracts}` : sql``})`,
  )!;
}
