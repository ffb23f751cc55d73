import type { Incapacity } from '@groupdesk/contracts';
import { Modal, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { PageNavigation } from '@/components/ui/page-navigation';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api-client';
import { useEmployerAccess } from '@/lib/session';
import { useIncapacities } from '../api/get-incapacities';
import { CloseIncapacityForm } from '../components/close-incapacity-form';
import { IncapacitiesTable } from '../components/incapacities-table';

type Status = 'open' | 'closed' | 'all';
const pageSize = 25;

/** The employer's incapacities to work: the open ones first of all, longest running first. */
export function IncapacitiesRoute() {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const access = useEmployerAccess(employerId);
  const [status, setStatus] = useState<Status>('open');
  const [page, setPage] = useState(1);
  const [closing, setClosing] = useState<Incapacity | null>(null);
  const incapacities = useIncapacities(employerId, { status, page, pageSize });
  usePageTitle(t('incapacities.pageTitle'));
  const { data } = incapacities;

  if (isApiError(incapacities.error, 404) || isApiError(incapacities.error, 400)) return <NotFound />;

  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Title order={1} size="h2">
          {t('incapacities.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('incapacities.intro')}
        </Text>
      </div>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(value) => {
          setStatus(value as Status);
          setPage(1);
        }}
        data={(['open', 'closed', 'all'] as const).map((value) => ({
          value,
          label: t(`incapacities.statuses.${value}`),
        }))}
        aria-label={t('incapacities.statuses.label')}
      />
      {incapacities.isError && (
        <QueryError
          error={incapacities.error}
          title={t('incapacities.loadFailed')}
          onRetry={() => void incapacities.refetch()}
        />
      )}
      {!(incapacities.isError && !data) && (
        <Paper withBorder radius="md">
          {data?.items.length === 0 ? (
            <Text c="dimmed" p="lg" role="status">
              {t(`incapacities.empty.${status}`)}
            </Text>
          ) : (
            <IncapacitiesTable
              employerId={employerId}
              incapacities={incapacities.isPlaceholderData ? undefined : data?.items}
              onClose={access?.canWrite ? setClosing : undefined}
            />
          )}
        </Paper>
      )}
      {data && <PageNavigation pages={Math.ceil(data.total / pageSize)} page={page} onPage={setPage} />}
      <Modal opened={closing !== null} onClose={() => setClosing(null)} title={t('incapacities.close.title')}>
        {closing && (
          <CloseIncapacityForm
            employerId={employerId}
            incapacity={closing}
            onSaved={() => {
              setClosing(null);
              notifications.show({
                color: 'teal',
                icon: <IconCheck size={18} />,
                message: t('incapacities.close.saved'),
              });
            }}
            onCancel={() => setClosing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
