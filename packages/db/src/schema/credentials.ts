import {
  bigserial,
  index,
  inet,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { employers } from './employers';
import { users } from './users';

export const passwordTokenPurposeEnum = pgEnum('password_token_purpose', ['invitation', 'reset']);

// One-time links to set a password: an invitation to an employer, or a forgotten password.
export const passwordTokens = pgTable(
  'password_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    purpose: passwordTokenPurposeEnum().notNull(),
    // sha-256 of the token in the link: a copy of this table sets no password
    tokenHash: text().notNull().unique(),
    // the employer whose Master User sent the invitation
    employerId: uuid().references(() => employers.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('password_tokens_user_idx').on(t.userId)],
);

// Requests for a new link (forgotten password, expired link), kept to throttle them per address and per IP
export const passwordLinkRequests = pgTable(
  'password_link_requests',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    email: text(),
    ip: inet(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('password_link_requests_email_idx').on(t.email, t.at),
    index('password_link_requests_ip_idx').on(t.ip, t.at),
  ],
);

// Single-use codes for a lost authenticator, kept as sha-256 hashes
export const totpRecoveryCodes = pgTable(
  'totp_recovery_codes',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);
