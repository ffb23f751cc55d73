import { sessionResponseSchema } from '@groupdesk/contracts';
import type { SessionResponse } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../api-client';
import { queryKeys } from '../query-keys';

/** The current session, or null when nobody is logged in (a 401 here is an answer, not an error). */
export async function getSession(signal?: AbortSignal): Promise<SessionResponse | null> {
  try {
    return await apiRequest('/session', { schema: sessionResponseSchema, signal });
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session,
    queryFn: ({ signal }) => getSession(signal),
    // other calls answering 401 tell us when the session ends; no need to poll
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    meta: { handlesUnauthorized: true },
  });

export const useSession = () => useQuery(sessionQueryOptions());

/** What the logged-in user may do at one employer; undefined when the session does not list it. */
export function useEmployerAccess(employerId: string | undefined) {
  const { data: session } = useSession();
  return session?.employers.find((employer) => employer.id === employerId);
}
