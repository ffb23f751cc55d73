import { actionSchema, finalActionStatuses } from '@groupdesk/contracts';
import type { Action } from '@groupdesk/contracts';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

const pollInterval = 1500;

export const actionPath = (employerId: string, actionId: string) =>
  `/employers/${encodeURIComponent(employerId)}/actions/${encodeURIComponent(actionId)}`;

export const isSettled = (action: Action | undefined): boolean =>
  action !== undefined && finalActionStatuses.includes(action.status);

/** One action with its status, progress and counts. */
export const getAction = (employerId: string, actionId: string, signal?: AbortSignal) =>
  apiRequest(actionPath(employerId, actionId), { schema: actionSchema, signal });

export const actionQueryOptions = (employerId: string, actionId: string) =>
  queryOptions({
    queryKey: queryKeys.action(employerId, actionId),
    queryFn: ({ signal }) => getAction(employerId, actionId, signal),
    // follow the validation while it is queued or running, then stop polling
    refetchInterval: (query) =>
      query.state.data === undefined || isSettled(query.state.data) ? false : pollInterval,
  });

/** One action, polled while pending; once it settles, the overview's lists are refetched when next shown. */
export function useAction(employerId: string, actionId: string) {
  const queryClient = useQueryClient();
  const action = useQuery(actionQueryOptions(employerId, actionId));
  const settled = isSettled(action.data);
  useEffect(() => {
    if (settled) void queryClient.invalidateQueries({ queryKey: queryKeys.actionLists(employerId) });
  }, [settled, employerId, queryClient]);
  return action;
}
