import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { usePageTitle } from '@/hooks/use-page-title';
import { BarePage } from './not-found-page';

function ErrorContent() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('errors.boundaryTitle'));

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;

  return (
    <Stack align="center" gap="sm" py="xl" ta="center" role="alert">
      <IconBug size={48} stroke={1.4} color="var(--mantine-color-red-6)" aria-hidden />
      <Title order={1} size="h2">
        {t('errors.boundaryTitle')}
      </Title>
      <Text c="dimmed" maw={480}>
        {t('errors.boundary')}
      </Text>
      {import.meta.env.DEV && error instanceof Error && <Code block>{error.message}</Code>}
      <Group mt="sm">
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
        <Button component={Link} to="/" variant="default" reloadDocument>
          {t('errors.goHome')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The error boundary of the whole app: a page that still offers a way out. */
export function ErrorPage() {
  return (
    <BarePage>
      <ErrorContent />
    </BarePage>
  );
}

/** The error boundary inside the app shell: header and navigation stay usable. */
export function RouteError() {
  return <ErrorContent />;
}
