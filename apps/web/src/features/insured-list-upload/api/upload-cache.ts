import type { Action } from '@groupdesk/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * After an apply or an undo: the answered action replaces the cached one, and what it changed is refetched
 * (affiliates, the employers' figures, the actions lists, the e-mails it queued or cancelled).
 */
export function refreshAfterUploadChange(queryClient: QueryClient, employerId: string, action: Action) {
  queryClient.setQueryData(queryKeys.action(employerId, action.id), action);
  void queryClient.invalidateQueries({ queryKey: queryKeys.actionLists(employerId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.affiliates(employerId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.employers });
  void queryClient.invalidateQueries({ queryKey: queryKeys.emails(employerId) });
}

/** A refusal may mean the action moved on (applied elsewhere, expired): show its real state. */
export function refreshRefusedUpload(queryClient: QueryClient, employerId: string, actionId: string) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.action(employerId, actionId) });
}
