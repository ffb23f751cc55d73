import type { TotpDisableInput } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Switches two-factor off: the password, and a code for a Master User. */
export const disableTwoFactor = (body: TotpDisableInput) =>
  apiRequest('/account/two-factor/disable', { method: 'POST', body });

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.account }),
  });
}
