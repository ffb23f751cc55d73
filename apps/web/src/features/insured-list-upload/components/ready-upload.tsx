import type { Action } from '@groupdesk/contracts';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { useConflictRows } from '../api/get-upload-rows';
import { countOf } from '../utils/counts';
import { useConflictChoices } from '../utils/use-conflict-choices';
import { ApplyPanel } from './apply-panel';
import { ReportLink } from './report-link';
import { UploadRows } from './upload-rows';
import { ValidationCounts } from './validation-counts';

interface ReadyUploadProps {
  employerId: string;
  action: Action;
  canWrite: boolean;
}

/** A checked upload waiting for confirmation: counts, apply with its summary, and the rows. */
export function ReadyUpload({ employerId, action, canWrite }: ReadyUploadProps) {
  const { t } = useTranslation();
  const settleable = canWrite && countOf(action, 'conflicts') > 0;
  const conflictRows = useConflictRows(employerId, action.id, settleable);
  const choices = useConflictChoices(conflictRows.data);

  return (
    <Stack gap="lg">
      <ValidationCounts action={action} />
      {conflictRows.isError && (
        <QueryError
          error={conflictRows.error}
          title={t('uploadAction.conflicts.loadFailed')}
          onRetry={() => void conflictRows.refetch()}
        />
      )}
      <ApplyPanel employerId={employerId} action={action} choices={choices} canWrite={canWrite} />
      <ReportLink action={action} />
      <UploadRows employerId={employerId} action={action} choices={settleable ? choices : undefined} />
    </Stack>
  );
}
