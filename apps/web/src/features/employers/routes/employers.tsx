import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { useSession } from '@/lib/session';
import { useEmployers } from '../api/get-employers';
import { EmployerCards } from '../components/employer-cards';
import { PortfolioTable } from '../components/portfolio-table';

/** The employer chooser; for insurer staff, their portfolio. */
export function EmployersRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const employers = useEmployers();
  const isPortfolio = session?.user.kind !== 'employer';
  const title = isPortfolio ? t('employers.portfolioTitle') : t('employers.chooserTitle');
  usePageTitle(title);

  return (
    <Stack gap="lg" maw={1200} mx="auto">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{isPortfolio ? t('employers.portfolioIntro') : t('employers.chooserIntro')}</Text>
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
      ) : isPortfolio ? (
        <PortfolioTable employers={employers.data.items} />
      ) : (
        <EmployerCards employers={employers.data.items} />
      )}
    </Stack>
  );
}
