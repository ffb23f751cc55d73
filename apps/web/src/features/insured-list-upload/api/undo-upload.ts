import { actionResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { actionPath } from './get-action';
import { refreshAfterUploadChange, refreshRefusedUpload } from './upload-cache';

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
    onSuccess: ({ action }, { employerId }) => refreshAfterUploadChange(queryClient, employerId, action),
    onError: (_error, { employerId, actionId }) => refreshRefusedUpload(queryClient, employerId, actionId),
  });
}
