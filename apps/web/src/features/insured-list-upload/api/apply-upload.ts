import { actionResponseSchema } from '@groupdesk/contracts';
import type { ApplyUploadBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { actionPath } from './get-action';

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
    onSuccess: ({ action }, { employerId, actionId }) => {
      queryClient.setQueryData(queryKeys.action(employerId, actionId), action);
      void queryClient.invalidateQueries({ queryKey: queryKeys.actionLists(employerId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.affiliates(employerId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.employers });
      // the applied addresses queued confirmations and invitations
      void queryClient.invalidateQueries({ queryKey: queryKeys.emails(employerId) });
    },
    // a refusal may mean the action moved on (applied elsewhere, expired): show its real state
    onError: (_error, { employerId, actionId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.action(employerId, actionId) });
    },
  });
}
