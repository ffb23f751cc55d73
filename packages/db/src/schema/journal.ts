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
  // the journal page reads an employer's entries newest first in keyset pages of (at, id), narrowed by kind,
  // user or affiliate: one index per narrowing, each in that order, so a page costs the same at a million entries
  (t) => [
    index('journal_employer_at_id_idx').on(t.employerId, t.at.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('journal_employer_kind_idx').on(
      t.employerId,
      t.kind,
      t.at.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('journal_employer_actor_idx').on(
      t.employerId,
      t.actorUserId,
      t.at.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    // the user an entry is about (access granted, changed, revoked): the user filter and search match it too
    index('journal_employer_target_idx').on(
      t.employerId,
      t.targetUserId,
      t.at.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('journal_affiliate_idx').on(t.affiliateId, t.at),
  ],
);
