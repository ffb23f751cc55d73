import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

// The insurer's answer to a medical formality (seed 003): the risk is accepted, or refused, in which case
// "l'affilié bénéficiera cependant des couvertures prévues dans le cadre de la Free Cover Limit".

export const acceptanceDecisions = ['accepted', 'refused'] as const;

/** `affiliationId`: the affiliation (the affiliate's contract) whose acceptance is pending. */
export const acceptanceParamsSchema = z.strictObject({
  employerId: idSchema,
  affiliateId: idSchema,
  affiliationId: idSchema,
});

export const acceptanceDecisionBodySchema = z.strictObject({
  decision: z.enum(acceptanceDecisions, {
    error: (issue) => (issue.input === undefined ? 'required' : 'invalid_value'),
  }),
  /** the day the insurer decided: not ahead (an affiliation dated ahead may be decided before it starts) */
  decidedOn: isoDateSchema,
});
export type AcceptanceDecisionBody = z.infer<typeof acceptanceDecisionBodySchema>;
