import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { usePortfolio } from '../api/get-portfolio';
import { CoverageCard } from '../components/coverage-card';
import { PortfolioTable } from '../components/portfolio-table';

/** The account manager's home: the employers they review, their figures, and e-mail coverage over time. */
export function PortfolioRoute() {
  const { t } = useTranslation();
  const portfolio = usePortfolio();
  usePageTitle(t('portfolio.pageTitle'));

  return (
    <Stack gap="lg" maw={1400} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('portfolio.title')}
        </Title>
        <Text c="dimmed" maw={760}>
          {t('portfolio.intro')}
        </Text>
      </div>
      {portfolio.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} h={56} radius="md" />
          ))}
        </Stack>
      ) : portfolio.isError ? (
        <QueryError
          error={portfolio.error}
          title={t('portfolio.loadFailed')}
          onRetry={() => void portfolio.refetch()}
        />
      ) : portfolio.data.items.length === 0 ? (
        <Alert icon={<IconInfoCircle aria-hidden />} color="gray">
          {t('portfolio.empty')}
        </Alert>
      ) : (
        <>
          <PortfolioTable employers={portfolio.data.items} />
          <CoverageCard employers={portfolio.data.items} />
        </>
      )}
    </Stack>
  );
}
