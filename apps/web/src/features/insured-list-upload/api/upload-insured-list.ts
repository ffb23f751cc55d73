import { actionResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { uploadRequest } from '@/lib/upload-request';

interface UploadInsuredListInput {
  employerId: string;
  file: File;
  /** the share of the file sent so far, 0 to 1 */
  onProgress?: (ratio: number) => void;
  signal?: AbortSignal;
}

/** Sends the completed insured list; the server answers 202 with the queued action and checks it later. */
export function uploadInsuredList({ employerId, file, onProgress, signal }: UploadInsuredListInput) {
  const body = new FormData();
  body.append('file', file, file.name);
  return uploadRequest(`/employers/${encodeURIComponent(employerId)}/insured-list/uploads`, {
    body,
    schema: actionResponseSchema,
    onProgress,
    signal,
  });
}

/** Starts an upload; the actions overview is refetched so that it lists the new action. */
export function useUploadInsuredList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadInsuredList,
    onSuccess: ({ action }, { employerId }) => {
      queryClient.setQueryData(queryKeys.action(employerId, action.id), action);
      void queryClient.invalidateQueries({ queryKey: queryKeys.actionLists(employerId) });
    },
  });
}
