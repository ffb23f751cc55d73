import { addDays, addMonths, mutationDate } from '@groupdesk/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../client';
import { affiliateContracts, affiliateEvents, affiliates, incapacities } from '../schema/index';

/** The 15th of the month `months` from today's: a mid-month event, so its mutation date is the next 1st. */
const midMonth = (today: string, months: number) => `${addMonths(today, months).slice(0, 8)}15`;

/**
 * A few affiliates of the employer whose history shows the regulation's changes on the demo: a lower
 * occupancy rate, a marriage, a career break that stopped the premium, and one open incapacity to work.
 * The first in-service affiliates with an active contract, by name: the same ones at each seed.
 */
export async function seedLifeEvents(tx: Transaction, employerId: string, today: string) {
  const people = await tx
    .select({ id: affiliates.id })
    .from(affiliates)
    .where(
      and(
        eq(affiliates.employerId, employerId),
        eq(affiliates.employmentStatus, 'in-service'),
        sql`exists (select 1 from affiliate_contracts ac where ac.affiliate_id = "affiliates"."id"
          and ac.status = 'active' and ac.annual_premium is not null and ac.affiliation_date < ${addMonths(today, -12)})`,
      ),
    )
    .orderBy(asc(affiliates.lastName), asc(affiliates.firstName), asc(affiliates.id))
    .limit(4);
  if (people.length < 4) return;
  const [partTime, married, careerBreak, ill] = people.map((person) => person.id) as [
    string,
    string,
    string,
    string,
  ];
  await tx
    .update(affiliates)
    .set({ category: 'employees', occupancyRate: 100, familySituation: 'single' })
    .where(sql`${affiliates.id} in (${married}, ${careerBreak}, ${ill})`);
  await tx
    .update(affiliates)
    .set({ category: 'employees', occupancyRate: 80, familySituation: 'married' })
    .where(eq(affiliates.id, partTime));
  await tx.update(affiliates).set({ familySituation: 'married' }).where(eq(affiliates.id, married));

  const event = (
    affiliateId: string,
    kind: 'occupancy-rate' | 'family-situation' | 'suspension',
    months: number,
  ) => {
    const eventDate = midMonth(today, months);
    return { employerId, affiliateId, kind, eventDate, mutationDate: mutationDate(eventDate) };
  };
  const breakStarts = event(careerBreak, 'suspension', -2);
  await tx.insert(affiliateEvents).values([
    {
      ...event(partTime, 'occupancy-rate', -5),
      before: { occupancyRate: 100 },
      after: { occupancyRate: 80 },
    },
    {
      ...event(married, 'family-situation', -3),
      before: { familySituation: 'single' },
      after: { familySituation: 'married' },
    },
    { ...breakStarts, before: {}, after: { reason: 'career-break' } },
  ]);
  // "suspension du contrat de travail": no premium from the mutation date on
  await tx
    .update(affiliateContracts)
    .set({ premiumSuspendedFrom: breakStarts.mutationDate })
    .where(and(eq(affiliateContracts.affiliateId, careerBreak), eq(affiliateContracts.status, 'active')));
  await tx.insert(incapacities).values({
    employerId,
    affiliateId: ill,
    firstDay: addDays(today, -12),
    cause: 'illness',
    declaredOn: addDays(today, -5),
  });
}
