import { Button, Stack, Text, Title } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The body of a 404, inside the app shell or on its own page. */
export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="sm" py="xl" ta="center">
      <IconMapOff size={48} stroke={1.4} color="var(--mantine-color-dimmed)" aria-hidden />
      <Title order={1} size="h2">
        {t('errors.notFoundTitle')}
      </Title>
      <Text c="dimmed" maw={480}>
        {message ?? t('errors.notFound')}
      </Text>
      <Button component={Link} to="/" variant="light">
        {t('errors.goHome')}
      </Button>
    </Stack>
  );
}
