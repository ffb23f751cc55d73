import { Stack, Text, ThemeIcon } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ActionsEmpty() {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="xs" py={48} ta="center" role="status">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
        <IconListCheck size={26} />
      </ThemeIcon>
      <Text fw={600}>{t('actions.empty')}</Text>
    </Stack>
  );
}
