import { actionResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Asks for the insured list; the server answers 202 with the queued action and writes the workbook later. */
export const exportInsuredList = (employerId: string) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/insured-list/exports`, {
    method: 'POST',
    schema: actionResponseSchema,
  });

/** Starts an export; the actions overview is refetched so that the new action shows (and gets polled). */
export function useExportInsuredList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: exportInsuredList,
    onSuccess: (_response, employerId) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.actions(employerId) });
    },
  });
}
