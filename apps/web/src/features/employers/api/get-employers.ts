import { employerListResponseSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The employers this user may see, with the counts that tell how complete their data is. */
export const getEmployers = (signal?: AbortSignal) =>
  apiRequest('/employers', { schema: employerListResponseSchema, signal });

export const employersQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.employers,
    queryFn: ({ signal }) => getEmployers(signal),
  });

export const useEmployers = () => useQuery(employersQueryOptions());
