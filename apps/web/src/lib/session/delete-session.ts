import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../api-client';
import { queryKeys } from '../query-keys';

export async function deleteSession(): Promise<void> {
  try {
    await apiRequest('/session', { method: 'DELETE' });
  } catch (error) {
    // logging out of an already expired session is still logging out
    if (!isApiError(error, 401)) throw error;
  }
}

/** Logs out; `onLoggedOut` runs once the cache says "nobody", so the login page does not bounce back. */
export function useLogout({ onLoggedOut }: { onLoggedOut: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSuccess: () => {
      queryClient.setQueryData(queryKeys.session, null);
      onLoggedOut();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
    },
  });
}
