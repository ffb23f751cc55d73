import type { AffiliateListQuery } from '@groupdesk/contracts';
import { useSearchParams } from 'react-router-dom';
import { parseListParams, toSearchParams } from './list-params';

/**
 * The affiliate list's search, filters, sort and page live in the URL, so back/forward, reload and
 * shared links show the same list. Any change but the page itself goes back to page 1; a page's cursor
 * only holds for the move that gave it.
 */
export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseListParams(searchParams);

  const update = (change: Partial<AffiliateListQuery>) => {
    const next = { ...query, after: undefined, before: undefined, ...change };
    if (!('page' in change)) next.page = 1;
    const params = toSearchParams(next);
    // the same list again (Enter on an unchanged search) adds no history entry
    if (params.toString() !== toSearchParams(query).toString()) setSearchParams(params);
  };

  return [query, update] as const;
}
