import { useCallback, useState } from 'react';

export interface AffiliateSelection {
  selected: ReadonlySet<string>;
  /** selects or unselects these affiliates (one row, or every row of the page) */
  change: (ids: readonly string[], selected: boolean) => void;
  clear: () => void;
}

/**
 * The affiliates ticked in the list, kept across pages and searches so that a selection can be built
 * from several searches; the count next to the list says how many are ticked in all.
 */
export function useSelection(): AffiliateSelection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const change = useCallback((ids: readonly string[], select: boolean) => {
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (select) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, change, clear };
}
