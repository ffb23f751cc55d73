import { isGroupContractNumber, parseNationalNumber, personalRiskPeriods } from '@groupdesk/domain';
import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

// Benefit statements ("fiche de pension" / "pensioenfiche"): one per affiliate, contract and year. The
// employer sees the whole history and prints them; the employee portal shows only the latest (000_…, q. 6, 15).

export const statementYearSchema = z.coerce.number().int().min(1990).max(2100);

const amount = z.number().finite().min(0).max(1e12);

/** The figures of a statement as the insurer issues them, in euro (occupancy rate in %). */
export const statementFiguresSchema = z.strictObject({
  /** the day the figures are computed at */
  referenceDate: isoDateSchema,
  /** the yearly reference salary */
  salary: amount,
  occupancyRate: z.number().finite().min(0).max(100),
  /** yearly premiums paid by the employer and by the affiliate */
  employerPremium: amount,
  personalPremium: amount,
  /** the reserves acquired at the reference date ("réserves acquises") */
  vestedReserves: amount,
  projectedRetirementCapital: amount,
  deathCapital: amount,
  /** yearly */
  disabilityAnnuity: amount,
  /**
   * The premium waiver in case of disability and the personal risk period as they stood at the reference
   * date. Optional: statements issued before they were sent print the affiliation's and contract's of today.
   */
  premiumWaiver: z.boolean().optional(),
  // one of the periods a contract can have (seed 002), as the contract's column holds them
  personalRiskPeriodDays: z
    .number()
    .refine((days) => (personalRiskPeriods as readonly number[]).includes(days), { message: 'invalid_value' })
    .optional(),
});
export type StatementFigures = z.infer<typeof statementFiguresSchema>;

export const statementParamsSchema = z.strictObject({
  employerId: idSchema,
  affiliateId: idSchema,
  statementId: idSchema,
});

export const statementSchema = z.object({
  id: idSchema,
  year: z.number().int(),
  issueDate: z.string(),
  contract: z.object({ id: idSchema, number: z.string(), name: z.string() }),
  // not strict on the way out: figures stored with more than these are still answered
  figures: z.object(statementFiguresSchema.shape),
  /** the latest statement of its contract: the one the employee portal shows */
  latest: z.boolean(),
  pdfUrl: z.string(),
});
export type Statement = z.infer<typeof statementSchema>;

/** Every year's statement of an affiliate, newest first: a few per contract, never paginated. */
export const statementListResponseSchema = z.object({ items: z.array(statementSchema) });
export type StatementListResponse = z.infer<typeof statementListResponseSchema>;

export const statementPrintActionKind = 'statements.print';

/** Print many: the statements of one year for a selection of affiliates, a contract, or all of them. */
export const statementPrintBodySchema = z
  .strictObject({
    year: statementYearSchema,
    affiliateIds: z
      .array(idSchema)
      .min(1, { message: 'required' })
      .max(10_000, { message: 'too_long' })
      .transform((ids) => [...new Set(ids)])
      .optional(),
    contractId: idSchema.optional(),
    all: z.literal(true).optional(),
  })
  .superRefine((body, ctx) => {
    const chosen = [body.affiliateIds, body.contractId, body.all].filter((value) => value !== undefined);
    // exactly one of affiliateIds, contractId and all
    if (chosen.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['selection'],
        message: chosen.length ? 'invalid_value' : 'required',
      });
    }
  });
export type StatementPrintBody = z.input<typeof statementPrintBodySchema>;
export type StatementPrint = z.output<typeof statementPrintBodySchema>;

/** One statement issued by the insurer's back office; the affiliate is found by national/BIS number. */
export const issuedStatementSchema = z.strictObject({
  nationalNumber: z
    .string()
    .regex(/^\d{11}$/, { message: 'nationalNumber.format' })
    .superRefine((value, ctx) => {
      const result = parseNationalNumber(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: `nationalNumber.${result.error}` });
    }),
  // group contracts only: 530/…
  contractNumber: z.string().refine(isGroupContractNumber, { message: 'invalid_value' }),
  year: statementYearSchema,
  issueDate: isoDateSchema,
  figures: statementFiguresSchema,
});
export type IssuedStatement = z.infer<typeof issuedStatementSchema>;

export const statementIssueBodySchema = z.strictObject({
  statements: z
    .array(issuedStatementSchema)
    .min(1, { message: 'required' })
    .max(20_000, { message: 'too_long' })
    .superRefine((statements, ctx) => {
      // one statement per affiliate, contract and year: two in one call would contradict each other
      const seen = new Map<string, number>();
      statements.forEach((statement, index) => {
        const key = `${statement.nationalNumber}|${statement.contractNumber}|${statement.year}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else ctx.addIssue({ code: 'custom', path: [index], message: 'invalid_value', params: { first } });
      });
    }),
});
export type StatementIssueBody = z.infer<typeof statementIssueBodySchema>;

export const statementIssueResponseSchema = z.object({
  created: z.number().int(),
  /** issued before with other figures or another issue date */
  updated: z.number().int(),
  /** issued before exactly so */
  unchanged: z.number().int(),
  /** statement notices queued for the new statements (one per affiliate, year and known address) */
  notices: z.number().int(),
  /**
   * statements not loaded: no affiliate holds or held the number, no such contract, the affiliate is not in
   * it, or another statement of the call gives the same affiliate's under their current number (duplicate)
   */
  unknown: z.array(
    z.object({
      nationalNumber: z.string(),
      contractNumber: z.string(),
      year: z.number().int(),
      reason: z.enum(['affiliate', 'contract', 'affiliation', 'duplicate']),
    }),
  ),
});
export type StatementIssueResponse = z.infer<typeof statementIssueResponseSchema>;
