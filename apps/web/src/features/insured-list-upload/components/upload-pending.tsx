import type { Action } from '@groupdesk/contracts';
import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatPercent } from '@/lib/format';

/** A queued or running check, with its progress; the page polls until it settles. */
export function UploadPending({ action }: { action: Action }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const percent = formatPercent(action.progress / 100, language);
  return (
    <Paper withBorder radius="md" p="lg" role="status">
      <Stack gap="sm">
        <Text fw={600}>
          {action.status === 'queued' ? t('uploadAction.pending.queued') : t('uploadAction.pending.running')}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Progress
            value={action.progress}
            size="lg"
            radius="xl"
            flex={1}
            animated={action.status === 'running'}
            aria-label={t('actions.progress', { value: percent })}
          />
          <Text size="sm" c="dimmed" miw={40} ta="right">
            {percent}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('uploadAction.pending.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
