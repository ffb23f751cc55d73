import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface EmailsEmptyProps {
  filtered: boolean;
  onClear: () => void;
}

/** Says why the log is empty, and how to get out of it. */
export function EmailsEmpty({ filtered, onClear }: EmailsEmptyProps) {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="xs" py={48} ta="center" role="status">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
        <IconMail size={26} />
      </ThemeIcon>
      <Text fw={600}>{filtered ? t('emails.empty.filters') : t('emails.empty.none')}</Text>
      {filtered ? (
        <Button variant="light" onClick={onClear} mt="xs">
          {t('emails.filters.clear')}
        </Button>
      ) : (
        <Text size="sm" c="dimmed" maw={520}>
          {t('emails.empty.hint')}
        </Text>
      )}
    </Stack>
  );
}
