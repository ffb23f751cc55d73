import { loginBodySchema, sessionResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type LoginInput = z.input<typeof loginBodySchema>;

export const createSession = (body: LoginInput) =>
  apiRequest('/session', { method: 'POST', body, schema: sessionResponseSchema });

/** Logs in; a 401 here means wrong credentials, not an expired session. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    meta: { handlesUnauthorized: true },
    onSuccess: (session) => {
      // nothing cached for a previous user may show for this one
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}
