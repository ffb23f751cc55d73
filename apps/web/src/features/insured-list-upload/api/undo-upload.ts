import { actionResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { actionPath } from './get-action';

interface UndoUploadInput {
  employerId: string;
  actionId: string;
}

/** Puts back the addresses an applied upload replaced and cancels its invitations; 409 once too late. */
export const undoUpload = ({ employerId, actionId }: UndoUploadInput) =>
  apiRequest(`${actionPath(employerId, actionId)}/undo`, {
    method: 'POST',
    body: {},
    schema: actionResponseSchema,
  });

export function useUndoUpload() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoUpload,
    onSuccess: ({ action }, { employerId, actionId }) => {
      queryClient.setQueryData(queryKeys.action(employerId, actionId), action);
      void queryClient.invalidateQueries({ queryKey: queryKeys.actionLists(employerId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.affiliates(employerId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.employers });
      // the upload's scheduled invitations were cancelled
      void queryClient.invalidateQueries({ queryKey: queryKeys.emails(employerId) });
    },
    onError: (_error, { employerId, actionId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.action(employerId, actionId) });
    },
  });
}
