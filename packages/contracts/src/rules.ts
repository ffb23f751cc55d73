import { acceptanceTables, medicalCovers, medicalFormalities } from '@groupdesk/domain';
import { z } from 'zod';

// Rules of the group-insurance regulation (addendum of 23 October 2010, seed 003), asked one at a time.

const amount = z.number().min(0).max(1e12);

/** What the medical acceptance at affiliation depends on: cover, table, N and the amount, in EUR. */
export const medicalAcceptanceBodySchema = z
  .strictObject({
    cover: z.enum(medicalCovers),
    table: z.enum(acceptanceTables),
    /** "N": all affiliates (guarantees without choice) or those who took the option (with choice) */
    participants: z.number().int({ message: 'whole_number' }).min(1),
    /** the death capital, or the yearly disability annuity */
    amount,
    capitalAtRisk: amount.optional(),
    lifeCapital: amount.optional(),
  })
  // The organizer's death table asks formalities only where the law allows them (capital at risk above 150 %
  // of the life capital, or N < 10): the form always asks both capitals rather than depending on N.
  .superRefine((body, ctx) => {
    if (body.cover !== 'death' || body.table !== 'organizer') return;
    for (const field of ['capitalAtRisk', 'lifeCapital'] as const) {
      if (body[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'medicalAcceptance.capitalsRequired' });
      }
    }
  });
export type MedicalAcceptanceBody = z.infer<typeof medicalAcceptanceBodySchema>;

export const medicalAcceptanceResponseSchema = z.object({ formality: z.enum(medicalFormalities) });
export type MedicalAcceptanceResponse = z.infer<typeof medicalAcceptanceResponseSchema>;
