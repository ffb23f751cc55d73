import type { Action } from '@groupdesk/contracts';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionStatusBadge } from '@/components/ui/action-status-badge';
import { formatDateTime } from '@/lib/format';

/** The upload's title, status, and who sent it when. */
export function UploadHeader({ action }: { action: Action }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {t('actions.kinds.insuredListUpload')}
        </Title>
        <ActionStatusBadge status={action.status} size="lg" />
      </Group>
      <Text size="sm" c="dimmed">
        {t('uploadAction.requested', {
          name: action.requestedBy?.name ?? t('actions.unknownRequester'),
          date: formatDateTime(action.createdAt),
        })}
      </Text>
    </Stack>
  );
}
