import { passwordLinkResponseSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** Whose set-password link this is; 404 used or replaced, 410 expired. A POST keeps the token out of URLs. */
export const getPasswordLink = (token: string, signal?: AbortSignal) =>
  apiRequest('/password/link', {
    method: 'POST',
    body: { token },
    schema: passwordLinkResponseSchema,
    signal,
  });

export const passwordLinkQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['password-link', token],
    queryFn: ({ signal }) => getPasswordLink(token, signal),
    // a link is looked at once: its answer does not change while the page is open
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    enabled: token !== '',
  });

export const usePasswordLink = (token: string) => useQuery(passwordLinkQueryOptions(token));
