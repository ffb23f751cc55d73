import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { useSession } from '@/lib/session';
import { useEmployers } from '../api/get-employers';
import { EmployerCards } from '../components/employer-cards';

/** The employer chooser; the insurer's staff have their portfolio instead. */
export function EmployersRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const employers = useEmployers();
  const title = t('employers.chooserTitle');
  usePageTitle(title);
  if (session && session.user.kind !== 'employer') return <Navigate to="/portfolio" replace />;

  return (
    <Stack gap="lg" maw={1200} mx="auto">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{t('employers.chooserIntro')}</Text>
      </div>
      {employers.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} h={56} radius="md" />
          ))}
        </Stack>
      ) : employers.isError ? (
        <QueryError
          error={employers.error}
          title={t('employers.loadFailed')}
          onRetry={() => void employers.refetch()}
        />
      ) : employers.data.items.length === 0 ? (
        <Alert icon={<IconInfoCircle aria-hidden />} color="gray">
          {t('employers.empty')}
        </Alert>
      ) : (
        <EmployerCards employers={employers.data.items} />
      )}
    </Stack>
  );
}
