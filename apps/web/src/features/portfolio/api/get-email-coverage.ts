import { emailCoverageResponseSchema } from '@groupdesk/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The share of affiliates with a professional address at each of the last 12 month ends. */
export const getEmailCoverage = (employerId: string | undefined, signal?: AbortSignal) =>
  apiRequest('/portfolio/email-coverage', {
    query: { employerId },
    schema: emailCoverageResponseSchema,
    signal,
  });

export const emailCoverageQueryOptions = (employerId: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.emailCoverage(employerId),
    queryFn: ({ signal }) => getEmailCoverage(employerId, signal),
    // the chart stays in place while another employer's line loads
    placeholderData: keepPreviousData,
  });

export const useEmailCoverage = (employerId: string | undefined) =>
  useQuery(emailCoverageQueryOptions(employerId));
