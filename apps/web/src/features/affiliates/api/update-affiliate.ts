import { affiliateDetailSchema } from '@groupdesk/contracts';
import type { AffiliatePatchBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { affiliatePath } from './get-affiliate';

interface UpdateAffiliateInput {
  employerId: string;
  affiliateId: string;
  /** only the fields that changed */
  patch: AffiliatePatchBody;
}

export const updateAffiliate = ({ employerId, affiliateId, patch }: UpdateAffiliateInput) =>
  apiRequest(affiliatePath(employerId, affiliateId), {
    method: 'PATCH',
    body: patch,
    schema: affiliateDetailSchema,
  });

/** Saves an affiliate; the answer replaces the cached detail, and lists and counts are refetched. */
export function useUpdateAffiliate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAffiliate,
    onSuccess: (affiliate, { employerId, affiliateId }) => {
      queryClient.setQueryData(queryKeys.affiliate(employerId, affiliateId), affiliate);
      void queryClient.invalidateQueries({ queryKey: queryKeys.affiliateLists(employerId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.employers });
      // a new address queues a confirmation and an invitation: the e-mail log has new rows
      void queryClient.invalidateQueries({ queryKey: queryKeys.emails(employerId) });
    },
  });
}
