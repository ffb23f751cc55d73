import { incapacityListResponseSchema } from '@groupdesk/contracts';
import type { IncapacityListQuery } from '@groupdesk/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const incapacitiesPath = (employerId: string) =>
  `/employers/${encodeURIComponent(employerId)}/incapacities`;

/** One page of the employer's incapacities to work: open ones, closed ones, or all, of one affiliate or all. */
export const getIncapacities = (employerId: string, query: IncapacityListQuery, signal?: AbortSignal) =>
  apiRequest(incapacitiesPath(employerId), {
    query: { ...query },
    schema: incapacityListResponseSchema,
    signal,
  });

export const incapacitiesQueryOptions = (employerId: string, query: IncapacityListQuery) =>
  queryOptions({
    queryKey: queryKeys.incapacityList(employerId, query),
    queryFn: ({ signal }) => getIncapacities(employerId, query, signal),
    placeholderData: keepPreviousData,
  });

export const useIncapacities = (employerId: string, query: IncapacityListQuery) =>
  useQuery(incapacitiesQueryOptions(employerId, query));
