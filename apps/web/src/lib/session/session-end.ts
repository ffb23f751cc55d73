import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { queryKeys } from '../query-keys';

/** Why the session the app had is gone, so the login page can say so (or, after a logout, not ask to return). */
export type SessionEnd = 'expired' | 'logged-out' | null;

let sessionEnd: SessionEnd = null;
const listeners = new Set<() => void>();

function setSessionEnd(value: SessionEnd) {
  sessionEnd = value;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Forgets the session; the session guard then sends the user to the login page. */
export function endSession(queryClient: QueryClient, reason: Exclude<SessionEnd, null>) {
  setSessionEnd(reason);
  queryClient.setQueryData(queryKeys.session, null);
}

/** A new session starts with a clean slate, and nothing cached for the previous user. */
export function startSession(queryClient: QueryClient, session: unknown) {
  setSessionEnd(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
  queryClient.setQueryData(queryKeys.session, session);
}

export const useSessionEnd = (): SessionEnd => useSyncExternalStore(subscribe, () => sessionEnd);
