import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { affiliates } from './affiliates';
import { employers } from './employers';
import { incapacityCauseEnum } from './enums';
import { users } from './users';

// An incapacity to work declared by the employer (seed 002): open until the affiliate returns to work.
export const incapacities = pgTable(
  'incapacities',
  {
    id: uuid().primaryKey().defaultRandom(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    affiliateId: uuid()
      .notNull()
      .references(() => affiliates.id),
    /** the first day the affiliate is unable to work */
    firstDay: date({ mode: 'string' }).notNull(),
    cause: incapacityCauseEnum().notNull(),
    /** the personal risk period runs from the doctor's assessment; the first day when unset */
    doctorAssessedOn: date({ mode: 'string' }),
    /** the day the employer told the insurer: late after the 45-day reporting deadline */
    declaredOn: date({ mode: 'string' }).notNull(),
    declaredBy: uuid().references(() => users.id),
    /** the return to work; null while the incapacity is open */
    endDate: date({ mode: 'string' }),
    closedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('incapacities_employer_open_idx').on(t.employerId, t.endDate, t.firstDay),
    index('incapacities_affiliate_idx').on(t.affiliateId, t.firstDay),
    // one open incapacity per affiliate: two declarations of the same absence at once cannot both stand
    uniqueIndex('incapacities_one_open_key')
      .on(t.affiliateId)
      .where(sql`${t.endDate} is null`),
    check('incapacities_end_after_start', sql`${t.endDate} is null or ${t.endDate} >= ${t.firstDay}`),
  ],
);
