import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    appliedAt: timestamp({ withTimezone: true }),
    undoneAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('actions_employer_idx').on(t.employerId, t.createdAt)],
);

// One row of an uploaded insured list as the validation read it: the preview, then what apply and undo use
export const uploadRows = pgTable(
  'upload_rows',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actionId: uuid()
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    sheetRow: integer().notNull(),
    // added, changed, unchanged, ignored, error, conflict
    outcome: text().notNull(),
    // no foreign key: a preview row is a snapshot (name and number as they were, kept 7 days), and checking
    // the key locked each affiliate of the file, a write to 46,000 rows to store the preview of 100,000;
    // apply joins affiliates and skips one that is gone (migration 0013)
    affiliateId: uuid(),
    affiliateName: text(),
    nationalNumber: text(),
    currentEmail: text(),
    newEmail: text(),
    messages: jsonb().$type<{ code: string; params: Record<string, string> }[]>().notNull().default([]),
    // set by apply: the address stored just before, which undo puts back
    previousEmail: text(),
    appliedAt: timestamp({ withTimezone: true }),
  },
  // the filters of the preview read one action's rows, at most 300,000: this index is enough
  (t) => [uniqueIndex('upload_rows_action_row_key').on(t.actionId, t.sheetRow)],
);
