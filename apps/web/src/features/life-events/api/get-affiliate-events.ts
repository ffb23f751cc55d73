import { affiliateEventListSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const affiliateEventsPath = (employerId: string, affiliateId: string) =>
  `/employers/${encodeURIComponent(employerId)}/affiliates/${encodeURIComponent(affiliateId)}/events`;

/** The affiliate's history: affiliation, changes with their mutation date, exit; newest first. */
export const getAffiliateEvents = (employerId: string, affiliateId: string, signal?: AbortSignal) =>
  apiRequest(affiliateEventsPath(employerId, affiliateId), { schema: affiliateEventListSchema, signal });

export const affiliateEventsQueryOptions = (employerId: string, affiliateId: string) =>
  queryOptions({
    queryKey: queryKeys.affiliateEvents(employerId, affiliateId),
    queryFn: ({ signal }) => getAffiliateEvents(employerId, affiliateId, signal),
  });

export const useAffiliateEvents = (employerId: string, affiliateId: string) =>
  useQuery(affiliateEventsQueryOptions(employerId, affiliateId));
