import { incapacitySchema } from '@groupdesk/contracts';
import type { IncapacityBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { incapacitiesPath } from './get-incapacities';

interface DeclareIncapacityInput {
  employerId: string;
  body: IncapacityBody;
}

/** The declaration; the answer holds what follows from it (guaranteed pay, the insurer's start, deadline). */
export const declareIncapacity = ({ employerId, body }: DeclareIncapacityInput) =>
  apiRequest(incapacitiesPath(employerId), { method: 'POST', body, schema: incapacitySchema });

export function useDeclareIncapacity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declareIncapacity,
    onSuccess: (_incapacity, { employerId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.incapacities(employerId) });
    },
  });
}
