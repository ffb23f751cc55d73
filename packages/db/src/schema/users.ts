import {
  bigserial,
  boolean,
  date,
  index,
  inet,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { employers, groupContracts } from './employers';
import { membershipProfileEnum, membershipRoleEnum, userKindEnum } from './enums';
import { languageEnum } from './enums';

export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  // stored lower-cased: the login compares normalised addresses
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text(),
  language: languageEnum().notNull().default('fr'),
  kind: userKindEnum().notNull().default('employer'),
  disabledAt: timestamp({ withTimezone: true }),
  lastSignInAt: timestamp({ withTimezone: true }),
  // RFC 6238 shared secret (base32); sign-in asks for a code once totpEnabledAt is set
  totpSecret: text(),
  totpEnabledAt: timestamp({ withTimezone: true }),
  // the 30-second step of the last code accepted: a code is never accepted twice
  totpLastStep: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// A user's access to one employer: Master User or HR officer, consultation (read) or
// consultation et inscription (write), all contracts or chosen ones, optionally until an end date.
export const memberships = pgTable(
  'memberships',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    role: membershipRoleEnum().notNull(),
    profile: membershipProfileEnum().notNull(),
    allContracts: boolean().notNull().default(true),
    endDate: date({ mode: 'string' }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('memberships_user_employer').on(t.userId, t.employerId)],
);

export const membershipContracts = pgTable(
  'membership_contracts',
  {
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    contractId: uuid()
      .notNull()
      .references(() => groupContracts.id),
  },
  (t) => [primaryKey({ columns: [t.membershipId, t.contractId] })],
);

// The employers an account manager of the insurer reviews
export const portfolios = pgTable(
  'portfolios',
  {
    accountManagerId: uuid()
      .notNull()
      .references(() => users.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
  },
  (t) => [primaryKey({ columns: [t.accountManagerId, t.employerId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha-256 of the cookie token: a copy of this table does not let anyone in
    id: text().primaryKey(),
    // what the user's session list names a session by: the key above stays on the server
    publicId: uuid().notNull().defaultRandom().unique(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ip: inet(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    email: text().notNull(),
    ip: inet(),
    succeeded: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);
