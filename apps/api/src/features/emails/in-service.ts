import { type SQL, sql } from 'drizzle-orm';

/**
 * `isInServiceOn` of the domain in SQL, for the affiliate aliased `a`: the professional address is used
 * "jusqu'à sa sortie de service" (seed 000, question 16), so an exit recorded ahead keeps it until that day.
 */
export const affiliateInServiceOn = (day: string): SQL =>
  sql`(case when a.left_on is not null then a.left_on > ${day}::date else a.employment_status = 'in-service' end)`;
