import { totpEnrolmentResponseSchema } from '@groupdesk/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** A new secret and its otpauth:// URI; sign-in does not ask for codes until one confirms it. */
export const startTwoFactor = () =>
  apiRequest('/account/two-factor', { method: 'POST', body: {}, schema: totpEnrolmentResponseSchema });

export const useStartTwoFactor = () => useMutation({ mutationFn: startTwoFactor });
