import { z } from 'zod';
import { idSchema } from './common';
import { employerAccessSchema } from './session';

export const employerSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  enterpriseNumber: z.string(),
  language: z.enum(['fr', 'nl', 'en', 'de']),
  access: employerAccessSchema,
  affiliateCount: z.number().int(),
  professionalEmailCount: z.number().int(),
  privateEmailCount: z.number().int(),
  missingNationalNumberCount: z.number().int(),
  portalRegisteredCount: z.number().int(),
});
export type EmployerSummary = z.infer<typeof employerSummarySchema>;
export const employerListResponseSchema = z.object({ items: z.array(employerSummarySchema) });

export const groupContractSchema = z.object({
  id: idSchema,
  number: z.string(),
  name: z.string(),
  planType: z.enum(['classic', 'cafeteria']),
  personalRiskPeriodDays: z.number().int(),
  startDate: z.string(),
  affiliateCounts: z.object({
    active: z.number().int(),
    passive: z.number().int(),
    terminated: z.number().int(),
  }),
});
export type GroupContract = z.infer<typeof groupContractSchema>;
export const contractListResponseSchema = z.object({ items: z.array(groupContractSchema) });
