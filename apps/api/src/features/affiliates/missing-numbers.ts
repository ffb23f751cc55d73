import { schema } from '@groupdesk/db';
import { terminatedVisibleMonths } from '@groupdesk/domain';
import { type SQL, and, isNull, sql } from 'drizzle-orm';

const { affiliates, affiliateContracts } = schema;

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
      and (${affiliateContracts.status} <> 'terminated'
        or (${affiliateContracts.terminationDate} + make_interval(months => ${terminatedVisibleMonths}))::date >= ${today}::date)
      ${contracts ? sql`and ${contracts}` : sql``})`,
  )!;
}
