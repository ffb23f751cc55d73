import { employerUserListResponseSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Everyone with, once with, or invited to access to the employer (the Master User's page). */
export const getUsers = (employerId: string, signal?: AbortSignal) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/users`, {
    schema: employerUserListResponseSchema,
    signal,
  });

export const usersQueryOptions = (employerId: string) =>
  queryOptions({
    queryKey: queryKeys.users(employerId),
    queryFn: ({ signal }) => getUsers(employerId, signal),
  });

export const useUsers = (employerId: string) => useQuery(usersQueryOptions(employerId));
