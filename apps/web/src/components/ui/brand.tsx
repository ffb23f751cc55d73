import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconUmbrella } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The product mark: an umbrella for insurance, and the product name. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={30} radius="md" variant="filled" aria-hidden>
        <IconUmbrella size={18} stroke={2} />
      </ThemeIcon>
      <Text component="span" fw={700} fz="lg" lts={-0.3} c="brand.9">
        {t('app.name')}
      </Text>
    </Group>
  );
}
