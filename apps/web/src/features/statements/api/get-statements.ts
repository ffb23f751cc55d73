import { statementListResponseSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Every year's benefit statement of an affiliate, newest first: a few per contract, never paged. */
export const getStatements = (employerId: string, affiliateId: string, signal?: AbortSignal) =>
  apiRequest(
    `/employers/${encodeURIComponent(employerId)}/affiliates/${encodeURIComponent(affiliateId)}/statements`,
    { schema: statementListResponseSchema, signal },
  );

export const statementsQueryOptions = (employerId: string, affiliateId: string) =>
  queryOptions({
    queryKey: queryKeys.statements(employerId, affiliateId),
    queryFn: ({ signal }) => getStatements(employerId, affiliateId, signal),
  });

export const useStatements = (employerId: string, affiliateId: string) =>
  useQuery(statementsQueryOptions(employerId, affiliateId));
