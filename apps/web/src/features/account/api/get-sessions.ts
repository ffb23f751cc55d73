import { accountSessionListResponseSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** My open sessions, this one marked. */
export const getSessions = (signal?: AbortSignal) =>
  apiRequest('/account/sessions', { schema: accountSessionListResponseSchema, signal });

export const sessionsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.accountSessions, queryFn: ({ signal }) => getSessions(signal) });

export const useSessions = () => useQuery(sessionsQueryOptions());
