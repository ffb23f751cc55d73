import {
  affiliateEventKinds,
  employeeCategories,
  familySituations,
  impossibleCapitals,
  medicalFormalities,
  sexes,
  suspensionReasons,
} from '@groupdesk/domain';
import { z } from 'zod';
import { nationalNumberInputSchema, professionalEmailSchema } from './affiliates';
import { chosenIdSchema, hasNoNulCharacter, idSchema, isoDateSchema, languageSchema } from './common';

// The affiliate's life (regulation addendum, seed 003): affiliation, the changes that take effect on the
// mutation date, the exit. One schema per body, shared by the forms and the API.

// a missing choice is reported as missing, not as a wrong value
const choiceError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : 'invalid_value';
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: choiceError });

const personName = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(100, { message: 'too_long' })
  .refine(hasNoNulCharacter, { message: 'invalid_value' });
const amount = z.number().min(0).max(100_000_000);
/** "taux d'occupation", in % of a full-time job; stored with two decimals (numeric(5,2)) */
export const occupancyRateSchema = z
  .number()
  .min(0)
  .max(100)
  // in hundredths, within binary rounding: 80.55 is 8055.000000000001 hundredths
  .refine((rate) => Math.abs(rate * 100 - Math.round(rate * 100)) < 1e-6, {
    message: 'occupancyRate.twoDecimals',
  });

/** One contract the newcomer joins, with the guarantees asked for them. */
export const affiliationContractSchema = z
  .strictObject({
    contractId: chosenIdSchema,
    /** cafeteria plans: the affiliate chose another option than the organizer's (the "other" table) */
    otherOption: z.boolean().default(false),
    /** the death capital, EUR */
    deathCapital: amount,
    /** the yearly disability annuity, EUR */
    disabilityAnnuity: amount,
    premiumWaiver: z.boolean().default(true),
    /** the organizer's death table from N = 10 on: formalities only above 150 % of the life capital */
    capitalAtRisk: amount.optional(),
    lifeCapital: amount.optional(),
  })
  // the capital at risk is the death capital beyond the reserve: never more than the capital itself
  .refine(
    (contract) => impossibleCapitals({ ...contract, cover: 'death', amount: contract.deathCapital }) === null,
    {
      path: ['capitalAtRisk'],
      message: 'medicalAcceptance.capitalAtRiskAboveAmount',
    },
  );

export const affiliationBodySchema = z
  .strictObject({
    lastName: personName,
    firstName: personName,
    birthDate: isoDateSchema,
    sex: choice(sexes),
    language: languageSchema,
    nationalNumber: nationalNumberInputSchema,
    // seed 000, question 13: "nous vous demanderons d'indiquer l'adresse e-mail professionnelle"
    professionalEmail: professionalEmailSchema.nullable().optional(),
    category: choice(employeeCategories),
    occupancyRate: occupancyRateSchema,
    familySituation: choice(familySituations),
    startDate: isoDateSchema,
    contracts: z.array(affiliationContractSchema).min(1, { message: 'required' }).max(10),
  })
  .superRefine((body, ctx) => {
    if (body.startDate <= body.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'affiliation.startBeforeBirth' });
    }
    const seen = new Set<string>();
    body.contracts.forEach((contract, index) => {
      if (seen.has(contract.contractId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['contracts', index, 'contractId'],
          message: 'affiliation.duplicateContract',
        });
      }
      seen.add(contract.contractId);
    });
  });
export type AffiliationBody = z.input<typeof affiliationBodySchema>;
export type Affiliation = z.output<typeof affiliationBodySchema>;

/** New guarantees on one contract that a change brings; a cover left out stays as it is. */
export const guaranteeChangeSchema = z.strictObject({
  contractId: idSchema,
  deathCapital: amount.optional(),
  disabilityAnnuity: amount.optional(),
});
const guaranteeChanges = z.array(guaranteeChangeSchema).max(10).optional();

/** A change recorded on its event date; it takes effect on the mutation date. */
export const affiliateEventBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('occupancy-rate'),
    eventDate: isoDateSchema,
    occupancyRate: occupancyRateSchema,
    guarantees: guaranteeChanges,
  }),
  z.strictObject({
    kind: z.literal('family-situation'),
    eventDate: isoDateSchema,
    familySituation: choice(familySituations),
    guarantees: guaranteeChanges,
  }),
  z.strictObject({
    kind: z.literal('category'),
    eventDate: isoDateSchema,
    category: choice(employeeCategories),
    guarantees: guaranteeChanges,
  }),
  z.strictObject({
    kind: z.literal('suspension'),
    eventDate: isoDateSchema,
    reason: choice(suspensionReasons),
  }),
  z.strictObject({ kind: z.literal('suspension-end'), eventDate: isoDateSchema }),
]);
export type AffiliateEventBody = z.input<typeof affiliateEventBodySchema>;
export type AffiliateEventInput = z.output<typeof affiliateEventBodySchema>;

/** The exit ("sortie de service"): from this day on, notices go to the private address only. */
export const affiliateExitBodySchema = z.strictObject({ exitDate: isoDateSchema });
export type AffiliateExitBody = z.infer<typeof affiliateExitBodySchema>;

/** The guarantees on one contract after an event, with the formality they call for. */
export const eventGuaranteesSchema = z.object({
  contractId: idSchema,
  number: z.string(),
  deathCapital: z.number(),
  disabilityAnnuity: z.number(),
  medicalFormality: z.enum(medicalFormalities),
});
export type EventGuarantees = z.infer<typeof eventGuaranteesSchema>;

/** What an event set (after) or replaced (before); only the fields of its kind are there. */
export const eventValuesSchema = z.object({
  category: z.enum(employeeCategories).optional(),
  occupancyRate: z.number().optional(),
  familySituation: z.enum(familySituations).optional(),
  reason: z.enum(suspensionReasons).optional(),
  employmentStatus: z.enum(['in-service', 'left']).optional(),
  guarantees: z.array(eventGuaranteesSchema).optional(),
});
export type EventValues = z.infer<typeof eventValuesSchema>;

export const affiliateEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(affiliateEventKinds),
  eventDate: z.string(),
  /** the first day of the month that follows or coincides; null for an affiliation or an exit */
  mutationDate: z.string().nullable(),
  before: eventValuesSchema.nullable(),
  after: eventValuesSchema,
  /** the user's name; null when the insurer recorded it */
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  /** dated ahead: recorded, written to the affiliate and the guarantees on its event date */
  pending: z.boolean(),
});
export type AffiliateEvent = z.infer<typeof affiliateEventSchema>;
export const affiliateEventListSchema = z.object({ items: z.array(affiliateEventSchema) });
export type AffiliateEventList = z.infer<typeof affiliateEventListSchema>;
