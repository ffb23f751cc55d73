import type { Action } from '@groupdesk/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDatabaseImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';
import { useApplyUpload } from '../api/apply-upload';
import { applyErrorText } from '../utils/action-error-text';
import { applySummaryOf, applySummaryText } from '../utils/apply-summary';
import { countOf } from '../utils/counts';
import type { ConflictChoices } from '../utils/use-conflict-choices';
import { ApplyConfirmModal } from './apply-confirm-modal';
import { ConflictsBar } from './conflicts-bar';

interface ApplyPanelProps {
  employerId: string;
  action: Action;
  choices: ConflictChoices;
  canWrite: boolean;
}

/** What apply would change, why it cannot yet, and the button that asks for confirmation. */
export function ApplyPanel({ employerId, action, choices, canWrite }: ApplyPanelProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const apply = useApplyUpload();
  const [confirming, setConfirming] = useState(false);
  const summary = applySummaryOf(action, choices.takenFromFile);
  const summaryText = applySummaryText(summary, t, language);
  const value = (count: number) => ({ count, value: formatCount(count, language) });
  const conflicts = countOf(action, 'conflicts');
  const unresolved = Math.max(0, conflicts - choices.settled);
  const notApplied = summary.errors > 0 ? t('uploadAction.apply.notApplied', value(summary.errors)) : null;

  const blocked = !canWrite
    ? t('uploadAction.apply.readOnly')
    : unresolved > 0
      ? t('uploadAction.apply.unresolved', value(unresolved))
      : summary.added + summary.changed === 0
        ? t('uploadAction.apply.nothing')
        : null;

  const confirm = () =>
    apply.mutate(
      { employerId, actionId: action.id, body: { resolutions: choices.resolutions } },
      {
        onSuccess: ({ action: applied }) => {
          setConfirming(false);
          const recorded = countOf(applied, 'applied');
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} />,
            title: t('uploadAction.apply.appliedTitle'),
            message: t('uploadAction.apply.appliedMessage', value(recorded)),
          });
        },
        onError: (error) => {
          setConfirming(false);
          notifications.show({
            color: 'red',
            title: t('uploadAction.apply.failedTitle'),
            message: applyErrorText(error, t),
          });
        },
      },
    );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="apply-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="apply-title">
          {t('uploadAction.apply.title')}
        </Title>
        {canWrite && conflicts > 0 && <ConflictsBar conflicts={conflicts} choices={choices} />}
        <Text fw={600}>{summaryText}</Text>
        {notApplied && (
          <Text size="sm" c="dimmed">
            {notApplied}
          </Text>
        )}
        <Group gap="sm" align="center">
          <Button
            onClick={() => setConfirming(true)}
            disabled={blocked !== null}
            aria-describedby={blocked ? 'apply-blocked' : undefined}
            leftSection={<IconDatabaseImport size={18} aria-hidden />}
          >
            {t('uploadAction.apply.button')}
          </Button>
          {blocked && (
            <Text size="sm" c="dimmed" id="apply-blocked">
              {blocked}
            </Text>
          )}
        </Group>
      </Stack>
      <ApplyConfirmModal
        opened={confirming}
        summary={summaryText}
        notApplied={notApplied}
        loading={apply.isPending}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
