import { recoveryCodesResponseSchema } from '@groupdesk/contracts';
import type { TotpConfirmInput } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The first code switches two-factor on; answers the recovery codes, shown this once. */
export const confirmTwoFactor = (body: TotpConfirmInput) =>
  apiRequest('/account/two-factor/confirmation', {
    method: 'POST',
    body,
    schema: recoveryCodesResponseSchema,
  });

export function useConfirmTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.account }),
  });
}
