import { sessionResponseSchema } from '@groupdesk/contracts';
import type { LoginCodeInput } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { startSession } from '@/lib/session';

/** The second login step: the authenticator's code or a recovery code; 401 for a wrong or spent one. */
export const verifySecondFactor = (body: LoginCodeInput) =>
  apiRequest('/session/two-factor', { method: 'POST', body, schema: sessionResponseSchema });

export function useVerifySecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifySecondFactor,
    meta: { handlesUnauthorized: true },
    onSuccess: (session) => startSession(queryClient, session),
  });
}
