import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { affiliates } from './affiliates';
import { employers } from './employers';
import { affiliateEventKindEnum } from './enums';
import { users } from './users';

// The affiliate's history: affiliation, the situations that change the guarantees on their mutation date
// ("date de mutation": occupancy rate, family situation, suspension and its end, category) and the exit.
export const affiliateEvents = pgTable(
  'affiliate_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    affiliateId: uuid()
      .notNull()
      .references(() => affiliates.id),
    kind: affiliateEventKindEnum().notNull(),
    /** the day the situation arose (the start date of an affiliation, the exit date) */
    eventDate: date({ mode: 'string' }).notNull(),
    /** the first day of the month that follows or coincides with it; null for an affiliation or an exit */
    mutationDate: date({ mode: 'string' }),
    // what the event changed, e.g. { occupancyRate: 100 } → { occupancyRate: 80 }, { reason: 'illness' }
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>().notNull(),
    recordedBy: uuid().references(() => users.id),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * a change dated ahead, recorded but not yet written to the affiliate and the guarantees: the hourly
     * job `affiliates.changes-due` writes it on its event date
     */
    pending: boolean().notNull().default(false),
  },
  (t) => [
    index('affiliate_events_affiliate_idx').on(t.employerId, t.affiliateId, t.eventDate),
    index('affiliate_events_pending_idx')
      .on(t.eventDate)
      .where(sql`${t.pending}`),
  ],
);
