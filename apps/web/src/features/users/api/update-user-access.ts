import { employerUserResponseSchema } from '@groupdesk/contracts';
import type { UpdateUserAccessBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface UpdateUserAccessInput {
  employerId: string;
  userId: string;
  body: UpdateUserAccessBody;
}

/** Changes a user's role, profile, contracts or end date. */
export const updateUserAccess = ({ employerId, userId, body }: UpdateUserAccessInput) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/users/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    body,
    schema: employerUserResponseSchema,
  });

export function useUpdateUserAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserAccess,
    // a Master User who gave up the role no longer sees this page: the session says so
    onSuccess: (_response, { employerId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.users(employerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.session }),
      ]),
  });
}
