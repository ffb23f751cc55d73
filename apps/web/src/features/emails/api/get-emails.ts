import { emailListResponseSchema } from '@groupdesk/contracts';
import type { EmailListQuery } from '@groupdesk/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** One page of the e-mails sent or scheduled for the employer (the outbox), newest first. */
export const getEmails = (employerId: string, query: EmailListQuery, signal?: AbortSignal) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/emails`, {
    query: { ...query },
    schema: emailListResponseSchema,
    signal,
  });

export const emailsQueryOptions = (employerId: string, query: EmailListQuery) =>
  queryOptions({
    queryKey: queryKeys.emailList(employerId, query),
    queryFn: ({ signal }) => getEmails(employerId, query, signal),
    // the previous answer keeps the total and the pager in place while the next page loads
    placeholderData: keepPreviousData,
  });

export const useEmails = (employerId: string, query: EmailListQuery) =>
  useQuery(emailsQueryOptions(employerId, query));
