import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { employers } from './employers';
import { actionStatusEnum } from './enums';
import { users } from './users';

// The actions overview ("aperçu des actions"): exports, uploads and print runs done in the background
export const actions = pgTable(
  'actions',
  {
    id: uuid().primaryKey().defaultRandom(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    kind: text().notNull(),
    status: actionStatusEnum().notNull().default('queued'),
    progress: integer().notNull().default(0),
    requestedBy: uuid().references(() => users.id),
    params: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    counts: jsonb().$type<Record<string, number>>().notNull().default({}),
    fileKey: text(),
    fileName: text(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('actions_employer_idx').on(t.employerId, t.createdAt)],
);
