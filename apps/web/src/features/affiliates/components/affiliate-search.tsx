import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface AffiliateSearchProps {
  /** the search in the URL */
  value: string;
  onSearch: (search: string) => void;
}

/** Searches as you type (after 300 ms of quiet), at once on Enter. */
export function AffiliateSearch({ value, onSearch }: AffiliateSearchProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const searchSoon = useDebouncedCallback(onSearch, 300);

  // the URL changed under us (back/forward, "clear filters"): show it, unless it is what is typed already
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== input.trim()) setInput(value);
  }

  const searchNow = (search: string) => {
    searchSoon.cancel();
    onSearch(search);
  };

  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        searchNow(input);
      }}
      style={{ flex: '1 1 280px', maxWidth: 420 }}
    >
      <TextInput
        type="search"
        label={t('affiliates.search')}
        placeholder={t('affiliates.searchPlaceholder')}
        value={input}
        onChange={(event) => {
          setInput(event.currentTarget.value);
          searchSoon(event.currentTarget.value);
        }}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          input !== '' && (
            <CloseButton
              size="sm"
              aria-label={t('affiliates.filters.clear')}
              onClick={() => {
                setInput('');
                searchNow('');
              }}
            />
          )
        }
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
      />
    </form>
  );
}
