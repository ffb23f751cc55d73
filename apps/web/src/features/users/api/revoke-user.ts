import { employerUserResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface RevokeUserInput {
  employerId: string;
  userId: string;
}

/** Revokes a user's access to the employer at once; 409 last_master for the last lasting Master User. */
export const revokeUser = ({ employerId, userId }: RevokeUserInput) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/users/${encodeURIComponent(userId)}`, {
    method: 'DELETE',
    schema: employerUserResponseSchema,
  });

export function useRevokeUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeUser,
    onSettled: (_response, _error, { employerId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.users(employerId) }),
  });
}
