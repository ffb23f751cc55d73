import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api-client';
import { journalExportUrl, useJournal } from '../api/get-journal';
import { JournalEmpty } from '../components/journal-empty';
import { JournalFilters } from '../components/journal-filters';
import { JournalPager } from '../components/journal-pager';
import { JournalTable } from '../components/journal-table';
import { hasFilter } from '../utils/journal-params';
import { useJournalParams } from '../utils/use-journal-params';

const cleared = {
  search: undefined,
  from: undefined,
  to: undefined,
  kind: undefined,
  userId: undefined,
  affiliateId: undefined,
};

/** The journal ("journal de bord"): who did or looked at what, when, and what changed. */
export function JournalRoute() {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const { query, update, pages } = useJournalParams();
  const journal = useJournal(employerId, query);
  const filtered = hasFilter(query);
  const clear = () => update(cleared);
  usePageTitle(t('journal.pageTitle'));

  // a malformed or unknown employer in the URL; a cursor from an old link starts again from the first page
  if (isApiError(journal.error, 404)) return <NotFound />;
  if (isApiError(journal.error, 400) && journal.error.code !== 'invalid_cursor') return <NotFound />;

  const { data } = journal;
  const empty = data !== undefined && data.items.length === 0 && !journal.isPlaceholderData;
  const affiliate = data?.items.find((entry) => entry.affiliate?.id === query.affiliateId)?.affiliate;

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('journal.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('journal.intro')}
          </Text>
        </Stack>
        <Button
          component="a"
          href={journalExportUrl(employerId, query)}
          download
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('journal.export')}
        </Button>
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <JournalFilters
          query={query}
          facets={data?.facets}
          affiliateName={journal.isPending ? t('common.loading') : affiliate?.name}
          onChange={update}
          onClear={filtered ? clear : undefined}
        />
      </Group>
      {journal.isError && (
        <QueryError
          error={journal.error}
          title={isApiError(journal.error, 400) ? t('journal.cursorGone') : t('journal.loadFailed')}
          onRetry={isApiError(journal.error, 400) ? pages.first : () => void journal.refetch()}
        />
      )}
      {!(journal.isError && !data) && (
        <Paper withBorder radius="md">
          {empty ? (
            <JournalEmpty filtered={filtered} onClear={clear} />
          ) : (
            <JournalTable
              employerId={employerId}
              entries={journal.isPlaceholderData ? undefined : data?.items}
              onAffiliate={(affiliateId) => update({ affiliateId })}
            />
          )}
        </Paper>
      )}
      <JournalPager
        later={pages.later}
        canGoBack={pages.canGoBack}
        hasNext={Boolean(data?.nextCursor)}
        onFirst={pages.first}
        onBack={pages.back}
        onNext={() => data?.nextCursor && pages.next(data.nextCursor)}
      />
    </Stack>
  );
}
