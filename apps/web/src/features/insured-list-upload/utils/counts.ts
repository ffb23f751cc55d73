import type { Action } from '@groupdesk/contracts';

/** A count of an upload, 0 when the server did not send it (an older action, another stage). */
export const countOf = (action: Action, key: string): number => {
  const value = action.counts[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};
