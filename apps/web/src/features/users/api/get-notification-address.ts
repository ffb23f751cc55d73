import { notificationAddressSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The distribution list that receives the employer's news. */
export const getNotificationAddress = (employerId: string, signal?: AbortSignal) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/notification-address`, {
    schema: notificationAddressSchema,
    signal,
  });

export const notificationAddressQueryOptions = (employerId: string) =>
  queryOptions({
    queryKey: queryKeys.notificationAddress(employerId),
    queryFn: ({ signal }) => getNotificationAddress(employerId, signal),
  });

export const useNotificationAddress = (employerId: string) =>
  useQuery(notificationAddressQueryOptions(employerId));
