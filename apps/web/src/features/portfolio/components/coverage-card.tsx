import type { PortfolioEmployer } from '@groupdesk/contracts';
import { Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { useEmailCoverage } from '../api/get-email-coverage';
import { CoverageChart } from './coverage-chart';
import { CoverageTable } from './coverage-table';

/** E-mail coverage over the last 12 months, for the whole portfolio or one employer of it. */
export function CoverageCard({ employers }: { employers: PortfolioEmployer[] }) {
  const { t } = useTranslation();
  const [employerId, setEmployerId] = useState<string | undefined>(undefined);
  const [tableShown, table] = useDisclosure(false);
  const coverage = useEmailCoverage(employerId);
  const points = coverage.data?.points ?? [];
  const empty = coverage.data !== undefined && points.every((point) => point.affiliates === 0);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="coverage-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Stack gap={4} maw={640}>
            <Title order={2} size="h4" id="coverage-title">
              {t('portfolio.coverage.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('portfolio.coverage.description')}
            </Text>
          </Stack>
          <NativeSelect
            label={t('portfolio.coverage.employer')}
            value={employerId ?? ''}
            onChange={(event) => setEmployerId(event.currentTarget.value || undefined)}
            data={[
              { value: '', label: t('portfolio.coverage.allEmployers') },
              ...employers.map((employer) => ({ value: employer.id, label: employer.name })),
            ]}
            w={260}
          />
        </Group>
        {coverage.isPending ? (
          <Skeleton h={240} radius="md" aria-busy="true" aria-label={t('common.loading')} />
        ) : coverage.isError ? (
          <QueryError
            error={coverage.error}
            title={t('portfolio.coverage.loadFailed')}
            onRetry={() => void coverage.refetch()}
          />
        ) : empty ? (
          <Text c="dimmed" py="xl" ta="center" role="status">
            {t('portfolio.coverage.empty')}
          </Text>
        ) : (
          <>
            <div style={{ opacity: coverage.isPlaceholderData ? 0.5 : 1 }}>
              <CoverageChart points={points} />
            </div>
            <Group>
              <Button variant="subtle" size="xs" onClick={table.toggle} aria-expanded={tableShown}>
                {tableShown ? t('portfolio.coverage.hideTable') : t('portfolio.coverage.showTable')}
              </Button>
            </Group>
            {tableShown && <CoverageTable points={points} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}
