import { emailResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface ResendInvitationInput {
  employerId: string;
  affiliateId: string;
}

/**
 * Sends the invitation to register on the employee portal again, now. 409 with the reason when the
 * affiliate has no professional address, is registered, has left, or already has one scheduled.
 */
export const resendInvitation = ({ employerId, affiliateId }: ResendInvitationInput) =>
  apiRequest(
    `/employers/${encodeURIComponent(employerId)}/affiliates/${encodeURIComponent(affiliateId)}/invitations`,
    { method: 'POST', body: {}, schema: emailResponseSchema },
  );

export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendInvitation,
    onSettled: (_response, _error, { employerId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.emails(employerId) });
    },
  });
}
