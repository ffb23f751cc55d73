import type { JournalListQuery } from '@groupdesk/contracts';
import { useLocation, useSearchParams } from 'react-router-dom';
import { parseJournalParams, toSearchParams } from './journal-params';

/** The cursors of the pages read before this one (0 for the first page), kept in the browser's history. */
function trailOf(state: unknown): number[] {
  const trail: unknown = (state as { journalTrail?: unknown } | null)?.journalTrail;
  return Array.isArray(trail) ? trail.filter((cursor): cursor is number => typeof cursor === 'number') : [];
}

/**
 * The journal's filters, order and page live in the URL, so back/forward, reload and shared links show the
 * same entries. Any change but the page itself goes back to the first page.
 */
export function useJournalParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const query = parseJournalParams(searchParams);
  const trail = trailOf(location.state);

  const navigate = (next: JournalListQuery, journalTrail: number[]) => {
    const params = toSearchParams(next);
    if (params.toString() !== toSearchParams(query).toString()) {
      setSearchParams(params, { state: { journalTrail } });
    }
  };

  const pages = {
    later: query.after !== undefined,
    canGoBack: trail.length > 0,
    first: () => navigate({ ...query, after: undefined }, []),
    next: (cursor: number) => navigate({ ...query, after: cursor }, [...trail, query.after ?? 0]),
    back: () => navigate({ ...query, after: trail.at(-1) || undefined }, trail.slice(0, -1)),
  };
  const update = (change: Partial<JournalListQuery>) =>
    navigate({ ...query, ...change, after: undefined }, []);

  return { query, update, pages };
}
