import { actionListQuerySchema } from '@groupdesk/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { PageNavigation } from '@/components/ui/page-navigation';
import { NotFound } from '@/components/ui/not-found';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatCount } from '@/lib/format';
import { useEmployerAccess } from '@/lib/session';
import { useActions } from '../api/get-actions';
import { ActionsEmpty } from '../components/actions-empty';
import { ActionsTable } from '../components/actions-table';
import { ExportInsuredListButton } from '../components/export-insured-list-button';

const pageSize = 20;

interface ActionsRouteProps {
  /**
   * Write users' means to start actions that other features own (printing statements), composed in
   * `app/`: features do not import each other.
   */
  tools?: (employerId: string) => ReactNode;
}

/** The actions overview: the employer's exports, uploads and prints, with their progress and files. */
export function ActionsRoute({ tools }: ActionsRouteProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { employerId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const parsed = actionListQuerySchema.safeParse({ page: searchParams.get('page') ?? undefined, pageSize });
  const query = parsed.success ? parsed.data : { page: 1, pageSize };
  const actions = useActions(employerId, query);
  const access = useEmployerAccess(employerId);
  usePageTitle(t('actions.pageTitle'));

  const setPage = (page: number) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (page === 1) next.delete('page');
      else next.set('page', String(page));
      return next;
    });

  if (isApiError(actions.error, 404) || isApiError(actions.error, 400)) return <NotFound />;

  const { data } = actions;
  const pages = data ? Math.max(1, Math.ceil(data.total / query.pageSize)) : 1;
  const empty = data !== undefined && data.items.length === 0 && !actions.isPlaceholderData;

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('actions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('actions.intro')}
          </Text>
        </Stack>
        {access?.canWrite && (
          <Group gap="sm">
            <ExportInsuredListButton employerId={employerId} />
            {tools?.(employerId)}
            <Button
              component={Link}
              to={`/employers/${employerId}/insured-list/upload`}
              variant="light"
              leftSection={<IconUpload size={18} aria-hidden />}
            >
              {t('actions.upload')}
            </Button>
          </Group>
        )}
      </Group>
      {actions.isError && (
        <QueryError
          error={actions.error}
          title={t('actions.loadFailed')}
          onRetry={() => void actions.refetch()}
        />
      )}
      {!(actions.isError && !data) && (
        <Paper withBorder radius="md">
          {empty ? (
            <ActionsEmpty />
          ) : (
            <ActionsTable
              employerId={employerId}
              actions={actions.isPlaceholderData ? undefined : data?.items}
              skeletonRows={5}
            />
          )}
        </Paper>
      )}
      {data && data.total > 0 && (
        <Group justify="space-between" gap="md" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('actions.total', { value: formatCount(data.total, language) })}
          </Text>
          <PageNavigation pages={pages} page={query.page} onPage={setPage} />
        </Group>
      )}
    </Stack>
  );
}
