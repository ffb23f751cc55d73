import type { Action } from '@groupdesk/contracts';
import { Anchor, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The user's sheet with a column of messages; the server sets the link while the report exists. */
export function ReportLink({ action }: { action: Action }) {
  const { t } = useTranslation();
  if (!action.downloadUrl) return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Anchor href={action.downloadUrl} download={action.fileName ?? true} fw={500}>
        <Group gap={4} wrap="nowrap" component="span">
          <IconDownload size={16} aria-hidden />
          {t('uploadAction.applied.report')}
        </Group>
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('uploadAction.applied.reportHint')}
      </Text>
    </Group>
  );
}
