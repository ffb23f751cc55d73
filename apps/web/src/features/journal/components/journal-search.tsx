import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface JournalSearchProps {
  value: string | undefined;
  onChange: (search: string | undefined) => void;
}

/** The free-text search: applied once the user pauses typing, not at every key. */
export function JournalSearch({ value, onChange }: JournalSearchProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const applied = useRef(value);
  const apply = useDebouncedCallback((typed: string) => {
    applied.current = typed.trim() || undefined;
    onChange(applied.current);
  }, 350);
  // a search changed elsewhere (back, a link, clear) shows in the field; one just typed is left alone
  useEffect(() => {
    if (value !== applied.current) {
      applied.current = value;
      setText(value ?? '');
    }
  }, [value]);

  return (
    <TextInput
      label={t('journal.filters.search')}
      placeholder={t('journal.filters.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        apply(event.currentTarget.value);
      }}
      w={280}
    />
  );
}
