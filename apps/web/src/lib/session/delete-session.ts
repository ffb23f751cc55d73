import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../api-client';
import { queryKeys } from '../query-keys';
import { endSession } from './session-end';

export async function deleteSession(): Promise<void> {
  try {
    await apiRequest('/session', { method: 'DELETE' });
  } catch (error) {
    // logging out of an already expired session is still logging out
    if (!isApiError(error, 401)) throw error;
  }
}

/** Logs out; the session guard then shows the login page, and nothing of this user stays cached. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSuccess: () => {
      endSession(queryClient, 'logged-out');
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
    },
  });
}
