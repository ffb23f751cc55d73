import { employerUserResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface ResendInvitationInput {
  employerId: string;
  userId: string;
}

/** Sends an invited user who never set a password a new 72-hour link. */
export const resendUserInvitation = ({ employerId, userId }: ResendInvitationInput) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/users/${encodeURIComponent(userId)}/invitation`, {
    method: 'POST',
    body: {},
    schema: employerUserResponseSchema,
  });

export function useResendUserInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendUserInvitation,
    onSettled: (_response, _error, { employerId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.users(employerId) }),
  });
}
