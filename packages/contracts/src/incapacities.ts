import { incapacityCauses } from '@groupdesk/domain';
import { z } from 'zod';
import { chosenIdSchema, idSchema, isoDateSchema, pageSchema } from './common';

// Incapacity to work (seed 002): declared by the employer, open until the return to work.

const causeSchema = z.enum(incapacityCauses, {
  error: (issue) => (issue.input === undefined ? 'required' : 'invalid_value'),
});

export const incapacityBodySchema = z
  .strictObject({
    affiliateId: chosenIdSchema,
    /** the first day the affiliate is unable to work */
    firstDay: isoDateSchema,
    cause: causeSchema,
    /** "The personal risk period starts on the day a doctor assesses the incapacity": the first day if unset */
    doctorAssessedOn: isoDateSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.doctorAssessedOn !== undefined && body.doctorAssessedOn < body.firstDay) {
      ctx.addIssue({
        code: 'custom',
        path: ['doctorAssessedOn'],
        message: 'incapacity.assessedBeforeStart',
      });
    }
  });
export type IncapacityBody = z.input<typeof incapacityBodySchema>;

/** The return to work: the last day of the incapacity. */
export const incapacityCloseBodySchema = z.strictObject({ endDate: isoDateSchema });
export type IncapacityCloseBody = z.infer<typeof incapacityCloseBodySchema>;

export const incapacityParamsSchema = z.strictObject({ employerId: idSchema, incapacityId: idSchema });

export const incapacityListQuerySchema = z.strictObject({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  affiliateId: idSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
/** What a client asks for; the defaults fill in the rest. */
export type IncapacityListQuery = Partial<z.output<typeof incapacityListQuerySchema>>;

export const incapacitySchema = z.object({
  id: idSchema,
  affiliate: z.object({ id: idSchema, lastName: z.string(), firstName: z.string() }),
  firstDay: z.string(),
  cause: z.enum(incapacityCauses),
  doctorAssessedOn: z.string().nullable(),
  declaredOn: z.string(),
  /** declared after the reporting deadline (45 days after the start) */
  late: z.boolean(),
  endDate: z.string().nullable(),
  /** last day of the salary paid by the employer; null on maternity leave */
  guaranteedPayEnd: z.string().nullable(),
  statutoryBenefitFrom: z.string(),
  statutoryBenefitPayer: z.enum(['health-insurance-fund', 'occupational-accident-insurer']),
  reportingDeadline: z.string(),
  /** per contract of the affiliate: the insurer's annuity and the premium waiver start after its risk period */
  contracts: z.array(
    z.object({
      contractId: idSchema,
      number: z.string(),
      name: z.string(),
      personalRiskPeriodDays: z.number().int(),
      /** null: the contract has no disability cover */
      insurerContributionFrom: z.string().nullable(),
      /** null: the contract has no premium waiver cover */
      premiumWaiverFrom: z.string().nullable(),
    }),
  ),
  declaredBy: z.string().nullable(),
});
export type Incapacity = z.infer<typeof incapacitySchema>;
export const incapacityListResponseSchema = pageSchema(incapacitySchema);
export type IncapacityListResponse = z.infer<typeof incapacityListResponseSchema>;
