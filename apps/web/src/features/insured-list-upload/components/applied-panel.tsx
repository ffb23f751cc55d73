import type { Action } from '@groupdesk/contracts';
import { Alert, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { countOf } from '../utils/counts';
import { CountCards } from './count-cards';
import { ReportLink } from './report-link';
import { UndoButton } from './undo-button';

interface AppliedPanelProps {
  employerId: string;
  action: Action;
  canWrite: boolean;
}

/** An applied upload: what was recorded, when the invitations go, the report, and undo while allowed. */
export function AppliedPanel({ employerId, action, canWrite }: AppliedPanelProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('uploadAction.applied.title')}>
      <Stack gap="md">
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('uploadAction.applied.title')}>
          {action.invitationsAt && (
            <Text size="sm">
              {t('uploadAction.applied.invitations', { date: formatDate(action.invitationsAt) })}
            </Text>
          )}
        </Alert>
        <CountCards
          label={t('uploadAction.applied.title')}
          cards={[
            {
              key: 'applied',
              label: t('uploadAction.applied.applied'),
              value: countOf(action, 'applied'),
              hint: t('uploadAction.applied.appliedHint'),
              color: 'teal.8',
            },
            {
              key: 'skipped',
              label: t('uploadAction.applied.skipped'),
              value: countOf(action, 'skipped'),
              hint: t('uploadAction.applied.skippedHint'),
              color: 'dark',
            },
          ]}
        />
        <ReportLink action={action} />
        {canWrite && <UndoButton employerId={employerId} action={action} />}
      </Stack>
    </Paper>
  );
}

/** An undone upload: how many previous addresses came back, how many were left as changed since. */
export function UndonePanel({ action }: { action: Action }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('uploadAction.undone.title')}>
      <Stack gap="md">
        <Alert color="grape" icon={<IconArrowBackUp aria-hidden />} title={t('uploadAction.undone.title')}>
          <Text size="sm">{t('uploadAction.undone.text')}</Text>
        </Alert>
        <CountCards
          label={t('uploadAction.undone.title')}
          cards={[
            {
              key: 'restored',
              label: t('uploadAction.undone.restored'),
              value: countOf(action, 'restored'),
              hint: t('uploadAction.undone.restoredHint'),
              color: 'grape.8',
            },
            {
              key: 'kept',
              label: t('uploadAction.undone.kept'),
              value: countOf(action, 'kept'),
              hint: t('uploadAction.undone.keptHint'),
              color: 'dark',
            },
          ]}
        />
        <ReportLink action={action} />
      </Stack>
    </Paper>
  );
}
