import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { parseDay } from '@/lib/day';

interface DayFilterProps {
  label: string;
  /** YYYY-MM-DD, as in the URL and the API */
  value: string | undefined;
  onChange: (day: string | undefined) => void;
  /** a problem that takes both days to see (the end before the start) */
  error?: string;
}

/**
 * A day typed as dd/mm/yyyy, the format the rest of the app shows, whatever the browser's own locale
 * (a native date input would follow the browser, not the interface language). Applied on Enter or on
 * leaving the field; the parent re-keys it when the URL changes, which resets what is typed.
 */
export function DayFilter({ label, value, onChange, error }: DayFilterProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatDate(value) : '');
  const [invalid, setInvalid] = useState(false);

  const apply = () => {
    if (text.trim() === '') {
      setInvalid(false);
      if (value !== undefined) onChange(undefined);
      return;
    }
    const day = parseDay(text);
    setInvalid(day === null);
    if (day !== null && day !== value) onChange(day);
  };

  return (
    <TextInput
      label={label}
      placeholder={t('dayFilter.placeholder')}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply();
      }}
      error={invalid ? t('dayFilter.invalid') : error}
      autoComplete="off"
      w={150}
      // the message hangs below the field, so that the row of filters stays aligned on their inputs
      styles={{
        root: { position: 'relative' },
        wrapper: { marginBottom: 0 },
        error: { position: 'absolute', top: '100%', marginTop: 2, whiteSpace: 'nowrap' },
      }}
    />
  );
}
