import { z } from 'zod';
import { actionStatusSchema } from './actions';
import { idSchema } from './common';
import { employerSummarySchema } from './employers';

/** An employer of an account manager's portfolio: its figures, e-mails to affiliates and last upload. */
export const portfolioEmployerSchema = employerSummarySchema.extend({
  /** portal invitations waiting in the outbox (scheduled or being sent) */
  invitationsScheduled: z.number().int(),
  invitationsSent: z.number().int(),
  /** the latest insured-list upload and how it went, if there was one */
  lastUpload: z
    .object({
      id: idSchema,
      status: actionStatusSchema,
      createdAt: z.iso.datetime({ offset: true }),
      counts: z.record(z.string(), z.number()),
    })
    .nullable(),
});
export type PortfolioEmployer = z.infer<typeof portfolioEmployerSchema>;
export const portfolioResponseSchema = z.object({ items: z.array(portfolioEmployerSchema) });
export type PortfolioResponse = z.infer<typeof portfolioResponseSchema>;

export const emailCoverageQuerySchema = z.object({
  /** one employer of the portfolio; the whole portfolio when left out */
  employerId: idSchema.optional(),
});
export type EmailCoverageQuery = z.infer<typeof emailCoverageQuerySchema>;

/** The affiliates known at the end of a month (now, for the current one), and how many had a professional address. */
export const emailCoveragePointSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  at: z.iso.datetime({ offset: true }),
  affiliates: z.number().int(),
  withProfessionalEmail: z.number().int(),
});
export type EmailCoveragePoint = z.infer<typeof emailCoveragePointSchema>;

export const emailCoverageResponseSchema = z.object({
  employerId: idSchema.nullable(),
  /** the last 12 months, oldest first */
  points: z.array(emailCoveragePointSchema),
});
export type EmailCoverageResponse = z.infer<typeof emailCoverageResponseSchema>;
