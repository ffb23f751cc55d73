import { uploadRowsResponseSchema } from '@groupdesk/contracts';
import type { UploadRow, UploadRowsQuery } from '@groupdesk/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { actionPath } from './get-action';

/** One page of an upload's rows, as the validation left them. */
export const getUploadRows = (
  employerId: string,
  actionId: string,
  query: UploadRowsQuery,
  signal?: AbortSignal,
) =>
  apiRequest(`${actionPath(employerId, actionId)}/rows`, {
    query: { ...query },
    schema: uploadRowsResponseSchema,
    signal,
  });

export const uploadRowsQueryOptions = (employerId: string, actionId: string, query: UploadRowsQuery) =>
  queryOptions({
    queryKey: queryKeys.uploadRows(employerId, actionId, query),
    queryFn: ({ signal }) => getUploadRows(employerId, actionId, query, signal),
    placeholderData: keepPreviousData,
  });

export const useUploadRows = (employerId: string, actionId: string, query: UploadRowsQuery) =>
  useQuery(uploadRowsQueryOptions(employerId, actionId, query));

const conflictPageSize = 500;

/**
 * Every conflict row, page after page: "keep all" and "take all" settle conflicts the user never
 * scrolled to, and apply must name each one by its sheet row.
 */
export async function getAllConflictRows(
  employerId: string,
  actionId: string,
  signal?: AbortSignal,
): Promise<UploadRow[]> {
  const rows: UploadRow[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await getUploadRows(
      employerId,
      actionId,
      { filter: 'conflicts', page, pageSize: conflictPageSize },
      signal,
    );
    rows.push(...answer.items);
    if (answer.items.length < conflictPageSize || rows.length >= answer.total) return rows;
  }
}

export const conflictRowsQueryOptions = (employerId: string, actionId: string) =>
  queryOptions({
    queryKey: queryKeys.uploadRows(employerId, actionId, { filter: 'conflicts', all: true }),
    queryFn: ({ signal }) => getAllConflictRows(employerId, actionId, signal),
    // the rows of a validated upload never change
    staleTime: Infinity,
  });

export const useConflictRows = (employerId: string, actionId: string, enabled: boolean) =>
  useQuery({ ...conflictRowsQueryOptions(employerId, actionId), enabled });
