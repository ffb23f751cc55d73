import { actionSchema, finalActionStatuses } from '@groupdesk/contracts';
import type { Action } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
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

export const useAction = (employerId: string, actionId: string) =>
  useQuery(actionQueryOptions(employerId, actionId));
