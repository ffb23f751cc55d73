import {
  acceptanceTables,
  employeeCategories,
  familySituations,
  isValidEmail,
  medicalFormalities,
  normalizeEmail,
  normalizeNationalNumber,
  parseNationalNumber,
} from '@groupdesk/domain';
import { z } from 'zod';
import { hasNoNulCharacter, idSchema, languageSchema, pageSchema } from './common';

export const affiliateSortSchema = z.enum([
  'name',
  '-name',
  'nationalNumber',
  '-nationalNumber',
  'email',
  '-email',
]);
export type AffiliateSort = z.infer<typeof affiliateSortSchema>;

/** Opaque: a row's position in the list, as the list's `cursors` give it. */
const listCursorSchema = z
  .string()
  .max(2000, { message: 'too_long' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'invalid_value' });

export const affiliateListQuerySchema = z.strictObject({
  search: z
    .string()
    .trim()
    .max(100, { message: 'too_long' })
    .refine(hasNoNulCharacter, { message: 'invalid_value' })
    .optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  sort: affiliateSortSchema.default('name'),
  employmentStatus: z.enum(['in-service', 'left']).optional(),
  contractId: idSchema.optional(),
  /** only affiliates with a contract (the one chosen, else any) in this status */
  contractStatus: z.enum(['active', 'passive', 'terminated']).optional(),
  /** only affiliates without a national/BIS number, or without a professional e-mail */
  missing: z.enum(['nationalNumber', 'professionalEmail']).optional(),
  /**
   * The page after (or before) a row: `cursors.next` (or `previous`) of the page shown, with the same sort
   * and filters. It reaches the neighbouring page at any depth without counting the rows before it; `page`
   * is then only echoed. A cursor of another sort is ignored (`page` is used). `after` wins over `before`.
   */
  after: listCursorSchema.optional(),
  before: listCursorSchema.optional(),
});
export type AffiliateListQuery = z.infer<typeof affiliateListQuerySchema>;

export const affiliateParamsSchema = z.strictObject({ employerId: idSchema, affiliateId: idSchema });

const contractStatusSchema = z.enum(['active', 'passive', 'terminated']);

export const affiliateListItemSchema = z.object({
  id: idSchema,
  nationalNumber: z.string().nullable(),
  nationalNumberKind: z.enum(['national', 'bis']).nullable(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string().nullable(),
  language: languageSchema,
  professionalEmail: z.string().nullable(),
  /** the employer sees whether the portal knows a private address, never the address */
  privateEmailKnown: z.boolean(),
  portalRegistered: z.boolean(),
  employmentStatus: z.enum(['in-service', 'left']),
  contracts: z.array(z.object({ number: z.string(), status: contractStatusSchema })),
});
export type AffiliateListItem = z.infer<typeof affiliateListItemSchema>;
export const affiliateListResponseSchema = pageSchema(affiliateListItemSchema).extend({
  /** to ask for the page before or after this one (`before`/`after`); null at either end of the list */
  cursors: z.object({ previous: z.string().nullable(), next: z.string().nullable() }),
});
export type AffiliateListResponse = z.infer<typeof affiliateListResponseSchema>;

export const portalVisibilitySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('visible') }),
  z.object({ state: z.literal('visible-from'), from: z.string() }),
  z.object({ state: z.literal('visible-until'), until: z.string() }),
  z.object({ state: z.literal('hidden'), reason: z.enum(['no-national-number', 'terminated']) }),
]);

export const guaranteesSchema = z.object({
  /** the insured life capital */
  retirementCapital: z.number(),
  deathCapital: z.number(),
  /** recorded at affiliation and moved by increases; absent: the death capital beyond the reserves */
  capitalAtRisk: z.number().optional(),
  disabilityAnnuity: z.number(),
  premiumWaiver: z.boolean(),
});

export const affiliateContractSchema = z.object({
  id: idSchema,
  contractId: idSchema,
  number: z.string(),
  name: z.string(),
  planType: z.enum(['classic', 'cafeteria']),
  personalRiskPeriodDays: z.number().int(),
  status: contractStatusSchema,
  affiliationDate: z.string(),
  terminationDate: z.string().nullable(),
  reserves: z.number(),
  /** the premium due today: null while a suspension of the employment contract is in force */
  annualPremium: z.number().nullable(),
  guarantees: guaranteesSchema,
  portalVisibility: portalVisibilitySchema,
  /** the last suspension: no premium from its mutation date until the return's (null while open) */
  premiumSuspension: z.object({ from: z.string(), until: z.string().nullable() }).nullable(),
  /** null for affiliations recorded before the medical acceptance was kept */
  medicalAcceptance: z
    .object({
      state: z.enum(['not-required', 'pending', 'accepted', 'refused']),
      formality: z.enum(medicalFormalities),
      table: z.enum(acceptanceTables),
    })
    .nullable(),
});

const nationalNumberKindSchema = z.enum(['national', 'bis']);

/** One change of the number, newest first; `changedBy` null when the insurer recorded it. */
export const nationalNumberHistoryEntrySchema = z.object({
  change: z.enum(['added', 'corrected', 'bis-replaced']),
  previousNumber: z.string().nullable(),
  previousKind: nationalNumberKindSchema.nullable(),
  newNumber: z.string().nullable(),
  newKind: nationalNumberKindSchema.nullable(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});
export type NationalNumberHistoryEntry = z.infer<typeof nationalNumberHistoryEntrySchema>;

export const affiliateDetailSchema = affiliateListItemSchema.extend({
  sex: z.enum(['M', 'F']).nullable(),
  nationalNumberSince: z.string().nullable(),
  /** what the number itself says, and where it disagrees with the recorded birth date or sex */
  nationalNumberInfo: z
    .object({
      formatted: z.string(),
      kind: z.enum(['national', 'bis']),
      birthDate: z.string().nullable(),
      sex: z.enum(['M', 'F']).nullable(),
      inconsistencies: z.array(z.enum(['birthDate', 'sex'])),
    })
    .nullable(),
  nationalNumberHistory: z.array(nationalNumberHistoryEntrySchema),
  leftOn: z.string().nullable(),
  /** what the guarantees are computed on; null for affiliates loaded before these were asked */
  category: z.enum(employeeCategories).nullable(),
  occupancyRate: z.number().nullable(),
  familySituation: z.enum(familySituations).nullable(),
  updatedAt: z.string(),
  contracts: z.array(affiliateContractSchema),
});
export type AffiliateDetail = z.infer<typeof affiliateDetailSchema>;

/** Trimmed, lower-cased and checked; '' (or null) means no address. */
export const professionalEmailSchema = z
  .string()
  .max(254, { message: 'too_long' })
  .transform((value) => normalizeEmail(value))
  .refine((value) => value === '' || isValidEmail(value), { message: 'email.invalid' })
  .transform((value) => (value === '' ? null : value));

/** A national or BIS number in any layout, stored as its 11 digits. */
export const nationalNumberInputSchema = z
  .string()
  .max(20, { message: 'too_long' })
  .superRefine((value, ctx) => {
    const result = parseNationalNumber(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: `nationalNumber.${result.error}` });
  })
  .transform((value) => normalizeNationalNumber(value) ?? value);

/** The affiliate form: the same schema validates in the browser and on the server. */
export const affiliatePatchBodySchema = z
  .strictObject({
    // nullable rather than a union with null, so that a wrong address is reported as such
    professionalEmail: professionalEmailSchema.nullable().optional(),
    language: languageSchema.optional(),
    nationalNumber: nationalNumberInputSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'required' });
export type AffiliatePatchBody = z.input<typeof affiliatePatchBodySchema>;
export type AffiliatePatch = z.output<typeof affiliatePatchBodySchema>;
