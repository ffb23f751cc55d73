import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface AffiliateSearchProps {
  value: string;
  onChange: (value: string) => void;
  /** Enter, or the clear button: search now */
  onSubmit: (value: string) => void;
}

/** One box for a name, a national number in any layout, or an e-mail address. */
export function AffiliateSearch({ value, onChange, onSubmit }: AffiliateSearchProps) {
  const { t } = useTranslation();
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value);
      }}
      style={{ flex: '1 1 280px', maxWidth: 420 }}
    >
      <TextInput
        label={t('affiliates.search')}
        placeholder={t('affiliates.searchPlaceholder')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          value !== '' && (
            <CloseButton size="sm" aria-label={t('common.clear')} onClick={() => onSubmit('')} />
          )
        }
        enterKeyHint="search"
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
      />
    </form>
  );
}
