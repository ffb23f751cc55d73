import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconNotebook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Says why the journal shows nothing, and how to get out of it. */
export function JournalEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="xs" py={48} ta="center" role="status">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
        <IconNotebook size={26} />
      </ThemeIcon>
      <Text fw={600}>{filtered ? t('journal.empty.filters') : t('journal.empty.none')}</Text>
      {filtered && (
        <Button variant="light" onClick={onClear} mt="xs">
          {t('journal.filters.clear')}
        </Button>
      )}
    </Stack>
  );
}
