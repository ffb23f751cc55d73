import { employerUserResponseSchema } from '@groupdesk/contracts';
import type { InviteUserBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface InviteUserInput {
  employerId: string;
  body: InviteUserBody;
}

/** Grants a person access by e-mail; a new user gets a set-password link valid 72 hours. */
export const inviteUser = ({ employerId, body }: InviteUserInput) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/users`, {
    method: 'POST',
    body,
    schema: employerUserResponseSchema,
  });

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteUser,
    onSuccess: (_response, { employerId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.users(employerId) }),
  });
}
