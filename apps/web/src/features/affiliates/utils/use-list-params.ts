import type { AffiliateListQuery } from '@groupdesk/contracts';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseListParams, toSearchParams } from './list-params';

/**
 * The affiliate list's search, filters, sort and page live in the URL, so back/forward, reload and
 * shared links show the same list. Any change but the page itself goes back to page 1.
 */
export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseListParams(searchParams);

  const update = useCallback(
    (change: Partial<AffiliateListQuery>) =>
      setSearchParams((current) => {
        const previous = parseListParams(current);
        const next = { ...previous, ...change };
        if (!('page' in change)) next.page = 1;
        return toSearchParams(next);
      }),
    [setSearchParams],
  );

  return [query, update] as const;
}
