import { Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Nothing is missing: every contract can be shown on the employee portal. */
export function MissingNumbersEmpty() {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="xs" py={48} ta="center" role="status">
      <ThemeIcon size={48} radius="xl" variant="light" color="teal" aria-hidden>
        <IconCircleCheck size={26} />
      </ThemeIcon>
      <Text fw={600}>{t('missingNumbers.empty')}</Text>
      <Text size="sm" c="dimmed">
        {t('missingNumbers.emptyHint')}
      </Text>
    </Stack>
  );
}
