import { accountResponseSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The state of my two-factor sign-in. */
export const getAccount = (signal?: AbortSignal) =>
  apiRequest('/account', { schema: accountResponseSchema, signal });

export const accountQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.account, queryFn: ({ signal }) => getAccount(signal) });

export const useAccount = () => useQuery(accountQueryOptions());
