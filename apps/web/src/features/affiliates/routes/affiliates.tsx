import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api-client';
import { useEmployerAccess } from '@/lib/session';
import { useAffiliates } from '../api/get-affiliates';
import { AffiliateFilters } from '../components/affiliate-filters';
import { AffiliateSearch } from '../components/affiliate-search';
import { AffiliatesEmpty } from '../components/affiliates-empty';
import { AffiliatesPagination } from '../components/affiliates-pagination';
import { AffiliatesTable } from '../components/affiliates-table';
import { SelectionSummary } from '../components/selection-summary';
import { hasSearchOrFilter, pageChange } from '../utils/list-params';
import { useListParams } from '../utils/use-list-params';
import { useSearchInput } from '../utils/use-search-input';
import { useSelection } from '../utils/use-selection';

const cleared = { search: undefined, employmentStatus: undefined, contractId: undefined, missing: undefined };

interface AffiliatesRouteProps {
  /**
   * Write users' tasks on many affiliates that other features own (printing statements), given the
   * ticked affiliates; composed in `app/`, as features do not import each other. Without it, no ticks.
   */
  tools?: (employerId: string, selectedAffiliateIds: readonly string[]) => ReactNode;
}

/** The employer's home: its affiliates, searchable, filterable, sortable and paged. */
export function AffiliatesRoute({ tools }: AffiliatesRouteProps) {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const [query, update] = useListParams();
  const search = useSearchInput(query.search ?? '', (value) => update({ search: value }));
  const affiliates = useAffiliates(employerId, query);
  const access = useEmployerAccess(employerId);
  const selection = useSelection();
  const withTools = Boolean(tools && access?.canWrite);
  const filtered = hasSearchOrFilter(query);
  const clear = () => update(cleared);
  usePageTitle(t('affiliates.pageTitle'));

  const { data } = affiliates;
  const empty =
    data !== undefined && data.items.length === 0 && !search.pending && !affiliates.isPlaceholderData;

  // a malformed or unknown employer in the URL
  if (isApiError(affiliates.error, 404) || isApiError(affiliates.error, 400)) return <NotFound />;

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Title order={1} size="h2">
          {t('affiliates.title')}
        </Title>
        {withTools && (
          <Group gap="sm" wrap="wrap">
            <SelectionSummary count={selection.selected.size} onClear={selection.clear} />
            {tools?.(employerId, [...selection.selected])}
          </Group>
        )}
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <AffiliateSearch value={search.input} onChange={search.change} onSubmit={search.submit} />
        <AffiliateFilters
          employerId={employerId}
          query={query}
          onChange={update}
          onClear={filtered ? clear : undefined}
        />
      </Group>
      {affiliates.isError && (
        <QueryError
          error={affiliates.error}
          title={t('affiliates.loadFailed')}
          onRetry={() => void affiliates.refetch()}
        />
      )}
      {!(affiliates.isError && !data) && (
        <Paper withBorder radius="md">
          {empty ? (
            <AffiliatesEmpty search={query.search} filtered={filtered} onClear={clear} />
          ) : (
            <AffiliatesTable
              // rows that do not answer what is typed yet are not shown, not even dimmed
              affiliates={search.pending || affiliates.isPlaceholderData ? undefined : data?.items}
              skeletonRows={Math.min(query.pageSize, 10)}
              sort={query.sort}
              onSort={(sort) => update({ sort })}
              selection={withTools ? selection : undefined}
            />
          )}
        </Paper>
      )}
      {data && data.total > 0 && (
        <AffiliatesPagination
          total={data.total}
          page={query.page}
          pageSize={query.pageSize}
          // the cursors of a page still loading are those of the page before it: not used
          onPage={(page) =>
            update(pageChange(query, affiliates.isPlaceholderData ? undefined : data.cursors, page))
          }
          onPageSize={(pageSize) => update({ pageSize })}
        />
      )}
    </Stack>
  );
}
