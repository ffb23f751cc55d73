import { journalKindLabel } from '@groupdesk/contracts';
import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '@/components/ui/query-error';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { useUiLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { useJournal } from '../api/get-journal';
import { pageSize, toSearchParams } from '../utils/journal-params';
import { JournalActor } from './journal-actor';

/** The newest only: the whole history, with before and after, is one link away in the journal. */
const latest = 5;

/** The affiliate page's section: the latest entries of the journal about this affiliate. */
export function AffiliateJournal({ employerId, affiliateId }: { employerId: string; affiliateId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const journal = useJournal(employerId, { affiliateId, sort: '-at', pageSize: latest });
  const { data } = journal;
  const all = toSearchParams({ affiliateId, sort: '-at', pageSize });

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="affiliate-journal-title">
      <Group justify="space-between" align="flex-start" gap="sm" p="lg" pb="sm" wrap="wrap">
        <Title order={2} size="h4" id="affiliate-journal-title">
          {t('journal.affiliate.title')}
        </Title>
        <Anchor component={Link} to={`/employers/${employerId}/journal?${all.toString()}`} size="sm" fw={500}>
          {t('journal.affiliate.all')}
        </Anchor>
      </Group>
      {journal.isError ? (
        <Stack p="lg" pt={0}>
          <QueryError
            error={journal.error}
            title={t('journal.loadFailed')}
            onRetry={() => void journal.refetch()}
          />
        </Stack>
      ) : data?.items.length === 0 ? (
        <Text size="sm" c="dimmed" px="lg" pb="lg" role="status">
          {t('journal.affiliate.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="lg" aria-busy={data === undefined} mb="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('journal.columns.at')}</Table.Th>
              <Table.Th>{t('journal.columns.kind')}</Table.Th>
              <Table.Th>{t('journal.columns.actor')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data === undefined ? (
              <TableSkeletonRows rows={3} columns={3} />
            ) : (
              data.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(entry.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" fw={500}>
                      {journalKindLabel(entry.kind, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <JournalActor actor={entry.actor} />
                  </Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
