import { affiliateListResponseSchema } from '@groupdesk/contracts';
import type { AffiliateListQuery } from '@groupdesk/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const missingNumbersPageSize = 25;

const queryOf = (page: number): AffiliateListQuery => ({
  missing: 'nationalNumber',
  page,
  pageSize: missingNumbersPageSize,
  sort: 'name',
});

/** One page of the affiliates whose contracts the employee portal hides for lack of a national/BIS number. */
export const getMissingNumbers = (employerId: string, page: number, signal?: AbortSignal) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/affiliates`, {
    query: { ...queryOf(page) },
    schema: affiliateListResponseSchema,
    signal,
  });

export const missingNumbersQueryOptions = (employerId: string, page: number) =>
  queryOptions({
    // under the affiliate lists' key, so that saving an affiliate's number refetches this list too
    queryKey: queryKeys.affiliateList(employerId, queryOf(page)),
    queryFn: ({ signal }) => getMissingNumbers(employerId, page, signal),
    placeholderData: keepPreviousData,
  });

export const useMissingNumbers = (employerId: string, page: number) =>
  useQuery(missingNumbersQueryOptions(employerId, page));

/** The same affiliates as an .xlsx attachment: a plain link, the session cookie goes with it. */
export const missingNumbersReportUrl = (employerId: string) =>
  apiUrl(`/employers/${encodeURIComponent(employerId)}/reports/missing-national-numbers`);
