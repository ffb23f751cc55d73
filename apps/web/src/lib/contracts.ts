import { contractListResponseSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * The employer's group contracts (530/…) in the user's scope, with their affiliates counted by status:
 * the home page, the list's contract filter, a user's scope and the print form all read this one answer.
 */
export const getContracts = (employerId: string, signal?: AbortSignal) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/contracts`, {
    schema: contractListResponseSchema,
    signal,
  });

export const contractsQueryOptions = (employerId: string) =>
  queryOptions({
    queryKey: queryKeys.contracts(employerId),
    queryFn: ({ signal }) => getContracts(employerId, signal),
    staleTime: 5 * 60_000,
  });

export const useContracts = (employerId: string) => useQuery(contractsQueryOptions(employerId));
