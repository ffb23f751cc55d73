import { uploadRowFilterSchema } from '@groupdesk/contracts';
import type { Action, UploadRowFilter } from '@groupdesk/contracts';
import { Group, Paper, ScrollArea, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageNavigation } from '@/components/ui/page-navigation';
import { QueryError } from '@/components/ui/query-error';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';
import { useUploadRows } from '../api/get-upload-rows';
import { countOf } from '../utils/counts';
import type { ConflictChoices } from '../utils/use-conflict-choices';
import { useRowsParams } from '../utils/use-rows-params';
import { UploadRowsTable } from './upload-rows-table';

const filterCounts: Record<UploadRowFilter, (action: Action) => number> = {
  all: (action) => countOf(action, 'rows'),
  changes: (action) => countOf(action, 'added') + countOf(action, 'changed'),
  warnings: (action) => countOf(action, 'warnings'),
  errors: (action) => countOf(action, 'errors'),
  conflicts: (action) => countOf(action, 'conflicts'),
};

interface UploadRowsProps {
  employerId: string;
  action: Action;
  choices?: ConflictChoices;
}

/** The sheet's rows, filtered and paginated, below an upload's counts. */
export function UploadRows({ employerId, action, choices }: UploadRowsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { query, setFilter, setPage } = useRowsParams();
  const rows = useUploadRows(employerId, action.id, query);
  const { data } = rows;
  const pages = data ? Math.max(1, Math.ceil(data.total / query.pageSize)) : 1;

  return (
    <Stack gap="sm" component="section" aria-labelledby="upload-rows-title">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2} size="h4" id="upload-rows-title">
          {t('uploadAction.rows.title')}
        </Title>
        {/* five filters do not fit a phone's width: they scroll rather than overflow the page */}
        <ScrollArea type="auto" maw="100%" offsetScrollbars="x">
          <SegmentedControl
            aria-label={t('uploadAction.rows.filter')}
            value={query.filter}
            onChange={(value) => {
              const filter = uploadRowFilterSchema.safeParse(value);
              if (filter.success) setFilter(filter.data);
            }}
            data={uploadRowFilterSchema.options.map((filter) => ({
              value: filter,
              label: t(`uploadAction.rows.filters.${filter}`, {
                value: formatCount(filterCounts[filter](action), language),
              }),
            }))}
          />
        </ScrollArea>
      </Group>
      {rows.isError && (
        <QueryError
          error={rows.error}
          title={t('uploadAction.rows.loadFailed')}
          onRetry={() => void rows.refetch()}
        />
      )}
      {!(rows.isError && !data) && (
        <Paper withBorder radius="md">
          <UploadRowsTable rows={rows.isPlaceholderData ? undefined : data?.items} choices={choices} />
        </Paper>
      )}
      {data && data.total > 0 && (
        <Group justify="space-between" gap="md" wrap="wrap">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('uploadAction.rows.total', { value: formatCount(data.total, language) })}
          </Text>
          <PageNavigation pages={pages} page={query.page} onPage={setPage} />
        </Group>
      )}
    </Stack>
  );
}
