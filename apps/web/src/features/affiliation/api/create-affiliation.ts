import { affiliateDetailSchema } from '@groupdesk/contracts';
import type { AffiliationBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface CreateAffiliationInput {
  employerId: string;
  body: AffiliationBody;
}

/** A new affiliate with their contracts; the answer is the affiliate's page data. */
export const createAffiliation = ({ employerId, body }: CreateAffiliationInput) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/affiliates`, {
    method: 'POST',
    body,
    schema: affiliateDetailSchema,
  });

/** The new affiliate is cached for its page; lists, counts, contracts and the e-mail log are refetched. */
export function useCreateAffiliation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAffiliation,
    onSuccess: (affiliate, { employerId }) => {
      queryClient.setQueryData(queryKeys.affiliate(employerId, affiliate.id), affiliate);
      void queryClient.invalidateQueries({ queryKey: queryKeys.affiliateLists(employerId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.employers });
      void queryClient.invalidateQueries({ queryKey: queryKeys.contracts(employerId) });
      // the professional address gets its confirmation: the e-mail log has new rows
      void queryClient.invalidateQueries({ queryKey: queryKeys.emails(employerId) });
    },
  });
}
