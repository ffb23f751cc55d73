import {
  acceptanceTables,
  impossibleCapitals,
  medicalCovers,
  medicalFormalities,
  needsCapitals,
} from '@groupdesk/domain';
import { z } from 'zod';

// Rules of the group-insurance regulation (addendum of 23 October 2010, seed 003), asked one at a time.

const amount = z.number().min(0, { message: 'amount.negative' }).max(1e12);

/** What the medical acceptance at affiliation depends on: cover, table, N and the amount, in EUR. */
export const medicalAcceptanceBodySchema = z
  .strictObject({
    cover: z.enum(medicalCovers),
    table: z.enum(acceptanceTables),
    /** "N": all affiliates (guarantees without choice) or those who took the option (with choice) */
    participants: z.number().int({ message: 'whole_number' }).min(1),
    /** the death capital, or the yearly disability annuity */
    amount,
    /** death only: "capital-décès sous risque", at most the death capital */
    capitalAtRisk: amount.optional(),
    /** death only: "capital-vie assuré" */
    lifeCapital: amount.optional(),
  })
  // The rule's own conditions (packages/domain): both capitals where the organizer's death table weighs them
  // (N ≥ 10, above the Free Cover Limit), none for a disability annuity, and no capital at risk above the capital.
  .superRefine((body, ctx) => {
    const impossible = impossibleCapitals(body);
    if (impossible === 'capitalsNotForDisability') {
      for (const field of ['capitalAtRisk', 'lifeCapital'] as const) {
        if (body[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'medicalAcceptance.capitalsNotForDisability',
          });
        }
      }
      return;
    }
    if (impossible === 'capitalAtRiskAboveAmount') {
      ctx.addIssue({
        code: 'custom',
        path: ['capitalAtRisk'],
        message: 'medicalAcceptance.capitalAtRiskAboveAmount',
      });
    }
    if (!needsCapitals(body)) return;
    for (const field of ['capitalAtRisk', 'lifeCapital'] as const) {
      if (body[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'medicalAcceptance.capitalsRequired' });
      }
    }
  });
export type MedicalAcceptanceBody = z.infer<typeof medicalAcceptanceBodySchema>;

export const medicalAcceptanceResponseSchema = z.object({ formality: z.enum(medicalFormalities) });
export type MedicalAcceptanceResponse = z.infer<typeof medicalAcceptanceResponseSchema>;
