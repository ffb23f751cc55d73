import { affiliateListResponseSchema } from '@groupdesk/contracts';
import type { AffiliateListQuery } from '@groupdesk/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** One page of the employer's affiliates, searched, filtered and sorted by the server. */
export const getAffiliates = (employerId: string, query: AffiliateListQuery, signal?: AbortSignal) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/affiliates`, {
    query: { ...query },
    schema: affiliateListResponseSchema,
    signal,
  });

export const affiliatesQueryOptions = (employerId: string, query: AffiliateListQuery) =>
  queryOptions({
    queryKey: queryKeys.affiliateList(employerId, query),
    queryFn: ({ signal }) => getAffiliates(employerId, query, signal),
    // the previous answer keeps the total and the pager in place while the next page loads
    placeholderData: keepPreviousData,
  });

export const useAffiliates = (employerId: string, query: AffiliateListQuery) =>
  useQuery(affiliatesQueryOptions(employerId, query));
