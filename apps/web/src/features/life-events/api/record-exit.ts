import { affiliateEventSchema } from '@groupdesk/contracts';
import type { AffiliateExitBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface RecordExitInput {
  employerId: string;
  affiliateId: string;
  body: AffiliateExitBody;
}

/** The exit ("sortie de service") on its date. */
export const recordExit = ({ employerId, affiliateId, body }: RecordExitInput) =>
  apiRequest(
    `/employers/${encodeURIComponent(employerId)}/affiliates/${encodeURIComponent(affiliateId)}/exit`,
    { method: 'POST', body, schema: affiliateEventSchema },
  );

/**
 * The affiliate, their history, the lists (employment status) and the counts are refetched, and so are the
 * contracts' counts by status: an exit that takes effect at once makes the active affiliations passive.
 */
export function useRecordExit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordExit,
    onSuccess: (_event, { employerId, affiliateId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.affiliate(employerId, affiliateId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.affiliateLists(employerId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.employers });
      void queryClient.invalidateQueries({ queryKey: queryKeys.contracts(employerId) });
    },
  });
}
