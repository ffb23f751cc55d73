import type { Action } from '@groupdesk/contracts';
import { Anchor, Group, Skeleton, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api-client';
import { useEmployerAccess } from '@/lib/session';
import { useAction } from '../api/get-action';
import { AppliedPanel, UndonePanel } from '../components/applied-panel';
import { ReadyUpload } from '../components/ready-upload';
import { UploadFailed } from '../components/upload-failed';
import { UploadHeader } from '../components/upload-header';
import { UploadPending } from '../components/upload-pending';
import { UploadRows } from '../components/upload-rows';

const uploadKind = 'insured-list.upload';

interface StageProps {
  employerId: string;
  action: Action;
  canWrite: boolean;
}

/** The part of the page that follows the upload's status. */
function UploadStage({ employerId, action, canWrite }: StageProps) {
  switch (action.status) {
    case 'queued':
    case 'running':
      return <UploadPending action={action} />;
    case 'failed':
    case 'expired':
      return <UploadFailed employerId={employerId} action={action} canUpload={canWrite} />;
    case 'ready':
      return <ReadyUpload employerId={employerId} action={action} canWrite={canWrite} />;
    case 'applied':
    case 'undone':
      return (
        <Stack gap="lg">
          {action.status === 'applied' ? (
            <AppliedPanel employerId={employerId} action={action} canWrite={canWrite} />
          ) : (
            <UndonePanel action={action} />
          )}
          <UploadRows employerId={employerId} action={action} />
        </Stack>
      );
  }
}

/** One upload of the insured list, from its check to apply and undo. */
export function UploadActionRoute() {
  const { t } = useTranslation();
  const { employerId = '', actionId = '' } = useParams();
  const access = useEmployerAccess(employerId);
  const action = useAction(employerId, actionId);
  usePageTitle(t('actions.kinds.insuredListUpload'), t('actions.pageTitle'));

  if (action.isError && (isApiError(action.error, 404) || isApiError(action.error, 400))) {
    return <NotFound message={t('uploadAction.notFound')} />;
  }
  // exports have no page of their own: the overview shows all there is to them
  if (action.data && action.data.kind !== uploadKind) {
    return <Navigate to={`/employers/${employerId}/actions`} replace />;
  }

  return (
    <Stack gap="md" maw={1400}>
      <Anchor component={Link} to={`/employers/${employerId}/actions`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('uploadAction.back')}
        </Group>
      </Anchor>
      {action.isError && (
        <QueryError
          error={action.error}
          title={t('uploadAction.loadFailed')}
          onRetry={() => void action.refetch()}
        />
      )}
      {action.data ? (
        <>
          <UploadHeader action={action.data} />
          <UploadStage employerId={employerId} action={action.data} canWrite={access?.canWrite ?? false} />
        </>
      ) : (
        action.isPending && (
          <Stack gap="md" aria-busy="true">
            <Skeleton h={40} w="50%" radius="md" />
            <Skeleton h={160} radius="md" />
          </Stack>
        )
      )}
    </Stack>
  );
}
