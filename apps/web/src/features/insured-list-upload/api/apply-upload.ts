import { actionResponseSchema } from '@groupdesk/contracts';
import type { ApplyUploadBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { actionPath } from './get-action';
import { refreshAfterUploadChange, refreshRefusedUpload } from './upload-cache';

interface ApplyUploadInput {
  employerId: string;
  actionId: string;
  body: ApplyUploadBody;
}

/** Applies a validated upload in one transaction; 409 while a conflict is unsettled or the upload is not ready. */
export const applyUpload = ({ employerId, actionId, body }: ApplyUploadInput) =>
  apiRequest(`${actionPath(employerId, actionId)}/apply`, {
    method: 'POST',
    body,
    schema: actionResponseSchema,
  });

/** The applied action replaces the cached one; affiliates and counts changed, so they are refetched. */
export function useApplyUpload() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyUpload,
    onSuccess: ({ action }, { employerId }) => refreshAfterUploadChange(queryClient, employerId, action),
    onError: (_error, { employerId, actionId }) => refreshRefusedUpload(queryClient, employerId, actionId),
  });
}
