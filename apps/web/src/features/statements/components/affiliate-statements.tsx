import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { useStatements } from '../api/get-statements';
import { StatementsTable } from './statements-table';

interface AffiliateStatementsProps {
  employerId: string;
  affiliateId: string;
}

/**
 * The affiliate page's section: every year's benefit statement ("fiche de pension" / "pensioenfiche"),
 * the latest of each contract marked as the one the employee portal shows.
 */
export function AffiliateStatements({ employerId, affiliateId }: AffiliateStatementsProps) {
  const { t } = useTranslation();
  const statements = useStatements(employerId, affiliateId);
  const { data } = statements;

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="affiliate-statements-title">
      <Stack gap={4} p="lg" pb="sm">
        <Title order={2} size="h4" id="affiliate-statements-title">
          {t('statements.affiliate.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('statements.affiliate.intro')}
        </Text>
      </Stack>
      {statements.isError ? (
        <Stack p="lg" pt={0}>
          <QueryError
            error={statements.error}
            title={t('statements.affiliate.loadFailed')}
            onRetry={() => void statements.refetch()}
          />
        </Stack>
      ) : data?.items.length === 0 ? (
        <Text size="sm" c="dimmed" px="lg" pb="lg" role="status">
          {t('statements.affiliate.empty')}
        </Text>
      ) : (
        <StatementsTable statements={data?.items} skeletonRows={3} />
      )}
    </Paper>
  );
}
