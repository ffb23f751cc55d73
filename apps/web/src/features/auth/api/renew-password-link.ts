import { linkRequestedResponseSchema } from '@groupdesk/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** A new link e-mailed to the owner of an expired one; the answer says nothing of the account. */
export const renewPasswordLink = (token: string) =>
  apiRequest('/password/link/renewal', {
    method: 'POST',
    body: { token },
    schema: linkRequestedResponseSchema,
  });

export const useRenewPasswordLink = () => useMutation({ mutationFn: renewPasswordLink });
