import { incapacitySchema } from '@groupdesk/contracts';
import type { IncapacityCloseBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { incapacitiesPath } from './get-incapacities';

interface CloseIncapacityInput {
  employerId: string;
  incapacityId: string;
  body: IncapacityCloseBody;
}

/** The return to work: the incapacity's last day. */
export const closeIncapacity = ({ employerId, incapacityId, body }: CloseIncapacityInput) =>
  apiRequest(`${incapacitiesPath(employerId)}/${encodeURIComponent(incapacityId)}/close`, {
    method: 'POST',
    body,
    schema: incapacitySchema,
  });

export function useCloseIncapacity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeIncapacity,
    onSuccess: (_incapacity, { employerId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.incapacities(employerId) });
    },
  });
}
