import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { affiliates } from './affiliates';
import { employers } from './employers';
import { emailStatusEnum, languageEnum } from './enums';
import { users } from './users';

// Transactional outbox: an e-mail exists here, in the same transaction as its cause, before it is sent
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    employerId: uuid().references(() => employers.id),
    affiliateId: uuid().references(() => affiliates.id),
    userId: uuid().references(() => users.id),
    kind: text().notNull(),
    recipient: text().notNull(),
    language: languageEnum().notNull(),
    // the same cause never yields two e-mails
    idempotencyKey: text().notNull().unique(),
    // what caused it, e.g. `upload:<action id>`: an undone upload cancels the e-mails it scheduled
    cause: text(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: emailStatusEnum().notNull().default('scheduled'),
    dueAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    // when a dispatcher took it for sending; a 'sending' row claimed long ago was left by a crash
    claimedAt: timestamp({ withTimezone: true }),
    subject: text(),
    lastError: text(),
    messageId: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('email_outbox_due_idx').on(t.status, t.dueAt),
    index('email_outbox_employer_idx').on(t.employerId, t.createdAt),
    index('email_outbox_cause_idx').on(t.cause),
    index('email_outbox_affiliate_idx').on(t.affiliateId, t.kind),
  ],
);
