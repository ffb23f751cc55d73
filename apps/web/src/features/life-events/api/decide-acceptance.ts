import { affiliateDetailSchema } from '@groupdesk/contracts';
import type { AcceptanceDecisionBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface DecideAcceptanceInput {
  employerId: string;
  affiliateId: string;
  /** the affiliation (the affiliate's contract) whose acceptance is pending */
  affiliationId: string;
  body: AcceptanceDecisionBody;
}

/** The insurer's answer to a pending medical acceptance; the affiliate as they stand after it. */
export const decideAcceptance = ({ employerId, affiliateId, affiliationId, body }: DecideAcceptanceInput) =>
  apiRequest(
    `/employers/${encodeURIComponent(employerId)}/affiliates/${encodeURIComponent(affiliateId)}` +
      `/acceptances/${encodeURIComponent(affiliationId)}/decision`,
    { method: 'POST', body, schema: affiliateDetailSchema },
  );

/** The affiliate (acceptance, guarantees kept after a refusal) and the journal are refetched. */
export function useDecideAcceptance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideAcceptance,
    onSuccess: (_affiliate, { employerId, affiliateId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.affiliate(employerId, affiliateId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.journal(employerId) });
    },
  });
}
