import { affiliateDetailSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const affiliatePath = (employerId: string, affiliateId: string) =>
  `/employers/${encodeURIComponent(employerId)}/affiliates/${encodeURIComponent(affiliateId)}`;

/** One affiliate with contracts and their visibility on the employee portal. */
export const getAffiliate = (employerId: string, affiliateId: string, signal?: AbortSignal) =>
  apiRequest(affiliatePath(employerId, affiliateId), { schema: affiliateDetailSchema, signal });

export const affiliateQueryOptions = (employerId: string, affiliateId: string) =>
  queryOptions({
    queryKey: queryKeys.affiliate(employerId, affiliateId),
    queryFn: ({ signal }) => getAffiliate(employerId, affiliateId, signal),
  });

export const useAffiliate = (employerId: string, affiliateId: string) =>
  useQuery(affiliateQueryOptions(employerId, affiliateId));
