import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface AffiliatesEmptyProps {
  search: string | undefined;
  filtered: boolean;
  onClear: () => void;
}

/** Says why the list is empty, and how to get out of it. */
export function AffiliatesEmpty({ search, filtered, onClear }: AffiliatesEmptyProps) {
  const { t } = useTranslation();
  const message = search
    ? t('affiliates.empty.search', { search })
    : filtered
      ? t('affiliates.empty.filters')
      : t('affiliates.empty.none');

  return (
    <Stack align="center" gap="xs" py={48} ta="center" role="status">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
        <IconUserSearch size={26} />
      </ThemeIcon>
      <Text fw={600}>{message}</Text>
      {filtered && (
        <>
          <Text size="sm" c="dimmed">
            {t('affiliates.empty.hint')}
          </Text>
          <Button variant="light" onClick={onClear} mt="xs">
            {t('affiliates.filters.clear')}
          </Button>
        </>
      )}
    </Stack>
  );
}
