import { integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { employers } from './employers';
import { employmentStatusEnum } from './enums';

/**
 * How many affiliates each employer has, per employment status, kept by triggers on `affiliates` (migration
 * 0011): the affiliates list shows its total on every page, and counting the 100,000 affiliates of a large
 * employer each time costs more than the page itself. Never written by the application.
 */
export const affiliateCounts = pgTable(
  'affiliate_counts',
  {
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    employmentStatus: employmentStatusEnum().notNull(),
    affiliates: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.employmentStatus] })],
);
