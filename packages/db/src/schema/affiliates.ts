import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { employers, groupContracts } from './employers';
import {
  acceptanceTableEnum,
  contractStatusEnum,
  employeeCategoryEnum,
  employmentStatusEnum,
  familySituationEnum,
  languageEnum,
  medicalAcceptanceEnum,
  medicalFormalityEnum,
  nationalNumberKindEnum,
  sexEnum,
} from './enums';
import { users } from './users';

export const affiliates = pgTable(
  'affiliates',
  {
    id: uuid().primaryKey().defaultRandom(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    // NISS/INSZ or BIS number, 11 digits; null while the employer has not given it (contract hidden on the portal)
    nationalNumber: varchar({ length: 11 }),
    nationalNumberKind: nationalNumberKindEnum(),
    // the day the current number was recorded: the portal shows the contract from the next day
    nationalNumberSince: date({ mode: 'string' }),
    lastName: text().notNull(),
    firstName: text().notNull(),
    birthDate: date({ mode: 'string' }),
    sex: sexEnum(),
    language: languageEnum().notNull(),
    professionalEmail: text(),
    professionalEmailSince: timestamp({ withTimezone: true }),
    // the last time the address was set, changed or removed: an upload of an older export is a conflict
    professionalEmailChangedAt: timestamp({ withTimezone: true }),
    // reported by the employee portal; the employer only ever sees whether one is known
    privateEmail: text(),
    portalRegisteredAt: timestamp({ withTimezone: true }),
    employmentStatus: employmentStatusEnum().notNull().default('in-service'),
    leftOn: date({ mode: 'string' }),
    // what the guarantees are computed on; null for affiliates loaded before these were asked
    category: employeeCategoryEnum(),
    occupancyRate: numeric({ precision: 5, scale: 2, mode: 'number' }),
    familySituation: familySituationEnum(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // one insurer, one person: a number may be held by a single affiliate record
    uniqueIndex('affiliates_national_number_key').on(t.nationalNumber),
    // the list in each of its sorts, read both ways, a page after a cursor sought directly; a missing
    // number or address sorts first, as the list does
    index('affiliates_employer_name_idx').on(t.employerId, t.lastName, t.firstName, t.id),
    index('affiliates_employer_number_idx').on(t.employerId, t.nationalNumber.asc().nullsFirst(), t.id),
    index('affiliates_employer_email_sort_idx').on(
      t.employerId,
      t.professionalEmail.asc().nullsFirst(),
      t.id,
    ),
    // search within one employer: the employer leads (btree_gin, migration 0011), so that a search of a
    // small employer does not go through the matches of the whole insurer. search_text() (lower + unaccent)
    // is created by migration 0002
    index('affiliates_employer_name_trgm_idx').using(
      'gin',
      t.employerId,
      sql`search_text(${t.lastName} || ' ' || ${t.firstName}) gin_trgm_ops`,
    ),
    index('affiliates_employer_email_trgm_idx').using(
      'gin',
      t.employerId,
      sql`${t.professionalEmail} gin_trgm_ops`,
    ),
  ],
);

// Numbers an affiliate held before (a BIS number replaced by the definitive national number, a correction)
export const affiliateNationalNumberHistory = pgTable(
  'affiliate_national_number_history',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    affiliateId: uuid()
      .notNull()
      .references(() => affiliates.id),
    previousNumber: varchar({ length: 11 }),
    previousKind: nationalNumberKindEnum(),
    newNumber: varchar({ length: 11 }),
    newKind: nationalNumberKindEnum(),
    changedBy: uuid().references(() => users.id),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('nn_history_affiliate_idx').on(t.affiliateId),
    index('nn_history_previous_idx').on(t.employerId, t.previousNumber),
    // a number held before by anyone of the insurer: refused to another affiliate, and resolved by the
    // statements the back office issues
    index('nn_history_previous_number_idx').on(t.previousNumber),
  ],
);

export interface Guarantees {
  /** the insured life capital ("capital-vie assuré"), against which the capital at risk is weighed */
  retirementCapital: number;
  deathCapital: number;
  /**
   * "capital-décès sous risque" as typed at affiliation and moved by later increases; absent where the
   * insurer's figures stand, and the death capital beyond the reserves is then the capital at risk
   */
  capitalAtRisk?: number;
  disabilityAnnuity: number;
  premiumWaiver: boolean;
}

// The affiliation of an affiliate to a group contract
export const affiliateContracts = pgTable(
  'affiliate_contracts',
  {
    id: uuid().primaryKey().defaultRandom(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    affiliateId: uuid()
      .notNull()
      .references(() => affiliates.id),
    contractId: uuid()
      .notNull()
      .references(() => groupContracts.id),
    status: contractStatusEnum().notNull(),
    affiliationDate: date({ mode: 'string' }).notNull(),
    terminationDate: date({ mode: 'string' }),
    reserves: numeric({ precision: 14, scale: 2, mode: 'number' }).notNull().default(0),
    // null while premiums are suspended or no longer paid
    annualPremium: numeric({ precision: 12, scale: 2, mode: 'number' }),
    guarantees: jsonb().$type<Guarantees>().notNull(),
    // a suspension of the employment contract: no premium from its mutation date until the return's
    premiumSuspendedFrom: date({ mode: 'string' }),
    premiumSuspendedUntil: date({ mode: 'string' }),
    // medical acceptance of the guarantees (seed 003); null for affiliations recorded before it was kept
    acceptanceTable: acceptanceTableEnum(),
    medicalFormality: medicalFormalityEnum(),
    medicalAcceptance: medicalAcceptanceEnum(),
  },
  (t) => [
    uniqueIndex('affiliate_contracts_unique').on(t.affiliateId, t.contractId),
    index('affiliate_contracts_contract_idx').on(t.employerId, t.contractId, t.affiliateId),
  ],
);

export interface StatementFigures {
  referenceDate: string;
  salary: number;
  occupancyRate: number;
  employerPremium: number;
  personalPremium: number;
  vestedReserves: number;
  projectedRetirementCapital: number;
  deathCapital: number;
  disabilityAnnuity: number;
  // absent from statements issued before they were sent
  premiumWaiver?: boolean;
  personalRiskPeriodDays?: number;
}

// Benefit statement ("fiche de pension" / "pensioenfiche"), one per affiliate, contract and year
export const benefitStatements = pgTable(
  'benefit_statements',
  {
    id: uuid().primaryKey().defaultRandom(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    affiliateId: uuid()
      .notNull()
      .references(() => affiliates.id),
    contractId: uuid()
      .notNull()
      .references(() => groupContracts.id),
    year: smallint().notNull(),
    issueDate: date({ mode: 'string' }).notNull(),
    figures: jsonb().$type<StatementFigures>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('benefit_statements_unique').on(t.affiliateId, t.contractId, t.year)],
);
