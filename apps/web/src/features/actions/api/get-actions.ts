import { actionListResponseSchema } from '@groupdesk/contracts';
import type { ActionListQuery, ActionListResponse, ActionStatus } from '@groupdesk/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** While an action is in one of these states, the list is polled for its progress. */
const pendingStatuses: readonly ActionStatus[] = ['queued', 'running'];
export const pollInterval = 1500;

export const hasPendingAction = (data: ActionListResponse | undefined): boolean =>
  data?.items.some((action) => pendingStatuses.includes(action.status)) ?? false;

/** One page of the employer's actions (exports, uploads), newest first. */
export const getActions = (employerId: string, query: ActionListQuery, signal?: AbortSignal) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/actions`, {
    query: { ...query },
    schema: actionListResponseSchema,
    signal,
  });

export const actionsQueryOptions = (employerId: string, query: ActionListQuery) =>
  queryOptions({
    queryKey: queryKeys.actionList(employerId, query),
    queryFn: ({ signal }) => getActions(employerId, query, signal),
    placeholderData: keepPreviousData,
    // follow queued and running actions until they settle, then stop polling
    refetchInterval: (query) => (hasPendingAction(query.state.data) ? pollInterval : false),
  });

export const useActions = (employerId: string, query: ActionListQuery) =>
  useQuery(actionsQueryOptions(employerId, query));
