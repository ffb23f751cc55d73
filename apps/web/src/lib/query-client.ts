import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';
import { queryKeys } from './query-keys';

const journalKey = queryKeys.journal('')[2];

declare module '@tanstack/react-query' {
  interface Register {
    /** `handlesUnauthorized`: the call answers 401 as part of its own flow (logging in), not as an expired session */
    queryMeta: { handlesUnauthorized?: boolean };
    mutationMeta: { handlesUnauthorized?: boolean };
  }
}

interface QueryClientHooks {
  /** any other call answered 401: the session is gone */
  onUnauthorized: () => void;
}

export function createQueryClient({ onUnauthorized }: QueryClientHooks): QueryClient {
  const handle = (error: unknown, meta: { handlesUnauthorized?: boolean } | undefined) => {
    if (isApiError(error, 401) && !meta?.handlesUnauthorized) onUnauthorized();
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handle(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => handle(error, mutation.meta),
      // every change is journaled: whatever a mutation changed, the journals shown are out of date
      onSuccess: () => {
        void client.invalidateQueries({ predicate: (query) => query.queryKey[2] === journalKey });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // client errors (401, 403, 404, 400) will not fix themselves; network and 5xx errors may
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
  return client;
}
