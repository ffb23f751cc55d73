import type { EmailListQuery } from '@groupdesk/contracts';
import { useSearchParams } from 'react-router-dom';
import { parseListParams, toSearchParams } from './list-params';

/**
 * The log's filters and page live in the URL, so back/forward, reload and shared links show the same
 * e-mails. Any change but the page itself goes back to page 1.
 */
export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseListParams(searchParams);

  const update = (change: Partial<EmailListQuery>) => {
    const next = { ...query, ...change };
    if (!('page' in change)) next.page = 1;
    const params = toSearchParams(next);
    if (params.toString() !== toSearchParams(query).toString()) setSearchParams(params);
  };

  return [query, update] as const;
}
