import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { languageEnum, planTypeEnum } from './enums';

export const employers = pgTable('employers', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  // numéro d'entreprise / ondernemingsnummer, 10 digits, mod-97 checked by the domain
  enterpriseNumber: varchar({ length: 10 }).notNull().unique(),
  language: languageEnum().notNull().default('fr'),
  // the distribution list named in the extranet agreement
  notificationEmail: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// Group contracts ("contrat d'assurance de groupe"), numbered 530/…
export const groupContracts = pgTable(
  'group_contracts',
  {
    id: uuid().primaryKey().defaultRandom(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    number: varchar({ length: 16 }).notNull().unique(),
    name: text().notNull(),
    planType: planTypeEnum().notNull().default('classic'),
    // days before the disability cover pays: 30 (the guaranteed pay month), 60, 90, 180 or 365
    personalRiskPeriodDays: integer().notNull().default(30),
    startDate: date({ mode: 'string' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('group_contracts_number_format', sql`${t.number} ~ '^530/[0-9]{4,8}$'`),
    // seed 002: "a 30-day personal risk period [...] 60, 90, 180 or even 365 days"; the rules know no other
    check('group_contracts_personal_risk_period', sql`${t.personalRiskPeriodDays} in (30, 60, 90, 180, 365)`),
  ],
);
