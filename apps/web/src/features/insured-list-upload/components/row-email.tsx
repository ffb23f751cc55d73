import type { UploadRow } from '@groupdesk/contracts';
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The stored address and the file's address: "current → new" when they differ. */
export function RowEmail({ row }: { row: UploadRow }) {
  const { t } = useTranslation();
  const current = row.currentEmail ?? t('uploadAction.rows.none');

  if (row.newEmail === null) {
    return (
      <Text fz="sm" style={{ wordBreak: 'break-all' }}>
        {current}{' '}
        <Text span fz="xs" c="dimmed">
          ({t('uploadAction.rows.blank')})
        </Text>
      </Text>
    );
  }
  if (row.newEmail === row.currentEmail) {
    return (
      <Text fz="sm" style={{ wordBreak: 'break-all' }}>
        {row.newEmail}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap" align="center">
      <Text
        fz="sm"
        c="dimmed"
        td={row.currentEmail ? 'line-through' : undefined}
        style={{ wordBreak: 'break-all' }}
      >
        {current}
      </Text>
      <IconArrowRight size={14} aria-hidden />
      <VisuallyHidden>{t('uploadAction.rows.becomes')}</VisuallyHidden>
      <Text fz="sm" fw={600} style={{ wordBreak: 'break-all' }}>
        {row.newEmail}
      </Text>
    </Group>
  );
}
