import type { UploadRow } from '@groupdesk/contracts';
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

// long addresses wrap at any character rather than widening the table
const wrap = { overflowWrap: 'anywhere' } as const;

/** The stored address and the file's address: "current → new" when they differ. */
export function RowEmail({ row }: { row: UploadRow }) {
  const { t } = useTranslation();
  const current = row.currentEmail ?? t('uploadAction.rows.none');

  // an error row may carry no usable address: its message quotes what the cell held
  if (row.newEmail === null && row.outcome === 'error') {
    return (
      <Text fz="sm" style={wrap}>
        {current}
      </Text>
    );
  }
  if (row.newEmail === null) {
    return (
      <Text fz="sm" style={wrap}>
        {current}{' '}
        <Text span fz="xs" c="dimmed">
          ({t('uploadAction.rows.blank')})
        </Text>
      </Text>
    );
  }
  if (row.newEmail === row.currentEmail) {
    return (
      <Text fz="sm" style={wrap}>
        {row.newEmail}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap" align="center">
      <Text
        fz="sm"
        c="dimmed"
        // struck out only when the file's address will replace it; a conflict may keep it
        td={row.outcome === 'changed' ? 'line-through' : undefined}
        style={wrap}
      >
        {current}
      </Text>
      <IconArrowRight size={14} aria-hidden />
      <VisuallyHidden>{t('uploadAction.rows.becomes')}</VisuallyHidden>
      <Text fz="sm" fw={600} style={wrap}>
        {row.newEmail}
      </Text>
    </Group>
  );
}
