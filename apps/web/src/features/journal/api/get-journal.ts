import { journalListResponseSchema } from '@groupdesk/contracts';
import type { JournalListQuery } from '@groupdesk/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { exportQuery } from '../utils/journal-params';

/** One page of the employer's journal: the entries after the cursor, in the chosen order. */
export const getJournal = (employerId: string, query: JournalListQuery, signal?: AbortSignal) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/journal`, {
    query: { ...query },
    schema: journalListResponseSchema,
    signal,
  });

export const journalQueryOptions = (employerId: string, query: JournalListQuery) =>
  queryOptions({
    queryKey: queryKeys.journalPage(employerId, query),
    queryFn: ({ signal }) => getJournal(employerId, query, signal),
    // the previous page stays in place (filters, pager) while the next one loads
    placeholderData: keepPreviousData,
  });

export const useJournal = (employerId: string, query: JournalListQuery) =>
  useQuery(journalQueryOptions(employerId, query));

/** The workbook of every entry the page's filters and order give; the browser downloads it with the session. */
export const journalExportUrl = (employerId: string, query: JournalListQuery) =>
  apiUrl(`/employers/${encodeURIComponent(employerId)}/journal/export`, exportQuery(query));
