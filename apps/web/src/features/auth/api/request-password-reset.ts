import { linkRequestedResponseSchema } from '@groupdesk/contracts';
import type { ForgottenPasswordInput } from '@groupdesk/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** Forgotten password: a reset link to the address if it is a user's; the same answer either way. */
export const requestPasswordReset = (body: ForgottenPasswordInput) =>
  apiRequest('/password/forgotten', { method: 'POST', body, schema: linkRequestedResponseSchema });

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
