import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { PageNavigation } from '@/components/ui/page-navigation';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatCount } from '@/lib/format';
import { missingNumbersPageSize, useMissingNumbers } from '../api/get-missing-numbers';
import { MissingNumbersDownload } from '../components/missing-numbers-download';
import { MissingNumbersEmpty } from '../components/missing-numbers-empty';
import { MissingNumbersTable } from '../components/missing-numbers-table';

// a hand-edited page number never breaks the page
const pageOf = (raw: string | null) => {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 ? page : 1;
};

/** The affiliates whose contracts the employee portal hides until their national/BIS number is recorded. */
export function MissingNumbersRoute() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { employerId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const page = pageOf(params.get('page'));
  const affiliates = useMissingNumbers(employerId, page);
  const { data } = affiliates;
  const pages = data ? Math.ceil(data.total / missingNumbersPageSize) : 0;
  usePageTitle(t('missingNumbers.pageTitle'));

  if (isApiError(affiliates.error, 404) || isApiError(affiliates.error, 400)) return <NotFound />;
  // numbers recorded since the link was made: the list got shorter than this page
  if (!affiliates.isPlaceholderData && pages > 0 && page > pages) {
    return <Navigate to={`?page=${pages}`} replace />;
  }

  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} to={`/employers/${employerId}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('missingNumbers.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('missingNumbers.title')}
          </Title>
          <Text c="dimmed" maw={760}>
            {t('missingNumbers.intro')}
          </Text>
        </div>
        {data && <MissingNumbersDownload employerId={employerId} count={data.total} />}
      </Group>
      {data && data.total > 0 && (
        <Text fw={500} role="status">
          {t('missingNumbers.total', { count: data.total, value: formatCount(data.total, language) })}
        </Text>
      )}
      {affiliates.isError && (
        <QueryError
          error={affiliates.error}
          title={t('missingNumbers.loadFailed')}
          onRetry={() => void affiliates.refetch()}
        />
      )}
      {!(affiliates.isError && !data) && (
        <Paper withBorder radius="md">
          {data?.total === 0 ? (
            <MissingNumbersEmpty />
          ) : (
            <MissingNumbersTable
              employerId={employerId}
              affiliates={affiliates.isPlaceholderData ? undefined : data?.items}
              skeletonRows={10}
            />
          )}
        </Paper>
      )}
      {data && (
        <PageNavigation
          pages={pages}
          page={page}
          onPage={(next) => setParams(next === 1 ? {} : { page: String(next) })}
        />
      )}
    </Stack>
  );
}
