import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/**
 * The search box's text, ahead of the search in the URL: it searches 300 ms after the last keystroke,
 * or at once on Enter. `pending` says the list on screen does not answer what is typed yet.
 */
export function useSearchInput(search: string, onSearch: (search: string) => void) {
  const [input, setInput] = useState(search);
  const [lastSearch, setLastSearch] = useState(search);
  const searchSoon = useDebouncedCallback(onSearch, 300);

  // the URL changed under us (back/forward, "clear filters"): show it, unless it is what is typed already
  if (search !== lastSearch) {
    setLastSearch(search);
    if (search !== input.trim()) setInput(search);
  }

  return {
    input,
    pending: input.trim() !== search,
    change: (value: string) => {
      setInput(value);
      searchSoon(value);
    },
    submit: (value: string) => {
      searchSoon.cancel();
      setInput(value);
      onSearch(value);
    },
  };
}
