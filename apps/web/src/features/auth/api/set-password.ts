import type { SetPasswordInput } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { startSession } from '@/lib/session';
import { loginResponseSchema } from './create-session';

/** Sets the password with the link's token and logs in, or asks for the two-factor code (202). */
export const setPassword = (body: SetPasswordInput) =>
  apiRequest('/password', { method: 'POST', body, schema: loginResponseSchema });

export function useSetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPassword,
    onSuccess: (answer) => {
      if (!('secondFactor' in answer)) startSession(queryClient, answer);
    },
  });
}
