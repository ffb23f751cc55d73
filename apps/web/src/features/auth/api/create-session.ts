import { sessionResponseSchema } from '@groupdesk/contracts';
import type { loginBodySchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { startSession } from '@/lib/session';

export type LoginInput = z.input<typeof loginBodySchema>;

export const createSession = (body: LoginInput) =>
  apiRequest('/session', { method: 'POST', body, schema: sessionResponseSchema });

/** Logs in; a 401 here means wrong credentials, not an expired session. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    meta: { handlesUnauthorized: true },
    onSuccess: (session) => startSession(queryClient, session),
  });
}
