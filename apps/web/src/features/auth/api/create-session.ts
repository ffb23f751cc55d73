import { secondFactorResponseSchema, sessionResponseSchema } from '@groupdesk/contracts';
import type { loginBodySchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { startSession } from '@/lib/session';

export type LoginInput = z.input<typeof loginBodySchema>;

/** The session, or (202) the request for the two-factor code that completes the login. */
export const loginResponseSchema = z.union([sessionResponseSchema, secondFactorResponseSchema]);

export const createSession = (body: LoginInput) =>
  apiRequest('/session', { method: 'POST', body, schema: loginResponseSchema });

/** Logs in; a 401 here means wrong credentials, not an expired session. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    meta: { handlesUnauthorized: true },
    onSuccess: (answer) => {
      if (!('secondFactor' in answer)) startSession(queryClient, answer);
    },
  });
}
