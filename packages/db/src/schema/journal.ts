import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { affiliates } from './affiliates';
import { employers } from './employers';
import { users } from './users';

// Who did what, when, with before and after. Append-only: a trigger refuses UPDATE and DELETE.
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    employerId: uuid().references(() => employers.id),
    actorUserId: uuid().references(() => users.id),
    // 'user', 'service' (the portal, the back office) or 'system' (jobs)
    actorKind: text().notNull().default('user'),
    kind: text().notNull(),
    affiliateId: uuid().references(() => affiliates.id),
    targetUserId: uuid().references(() => users.id),
    // the action (an applied or undone upload) that made this change
    actionId: uuid(),
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index('journal_employer_at_idx').on(t.employerId, t.at),
    index('journal_affiliate_idx').on(t.affiliateId, t.at),
  ],
);
