import { endedSessionsResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Ends one of my sessions on another device. */
export const endSession = (sessionId: string) =>
  apiRequest(`/account/sessions/${encodeURIComponent(sessionId)}`, {
    method: 'DELETE',
    schema: endedSessionsResponseSchema,
  });

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.accountSessions }),
  });
}
