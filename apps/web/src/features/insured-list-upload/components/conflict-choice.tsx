import type { ConflictChoice as Choice } from '@groupdesk/contracts';
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConflictChoiceProps {
  sheetRow: number;
  value: Choice | undefined;
  onChange: (take: Choice) => void;
}

/** Which address stays for one conflict row: groupdesk's (changed since the export) or the file's. */
export function ConflictChoice({ sheetRow, value, onChange }: ConflictChoiceProps) {
  const { t } = useTranslation();
  const name = `conflict-${sheetRow}`;
  return (
    <Stack gap={6} role="radiogroup" aria-label={t('uploadAction.conflicts.choiceLabel', { row: sheetRow })}>
      <Radio
        size="xs"
        name={name}
        value="app"
        checked={value === 'app'}
        onChange={() => onChange('app')}
        label={t('uploadAction.conflicts.keepApp')}
      />
      <Radio
        size="xs"
        name={name}
        value="file"
        checked={value === 'file'}
        onChange={() => onChange('file')}
        label={t('uploadAction.conflicts.takeFile')}
      />
    </Stack>
  );
}
