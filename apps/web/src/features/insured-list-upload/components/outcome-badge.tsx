import type { UploadRowOutcome } from '@groupdesk/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colors: Record<UploadRowOutcome, string> = {
  added: 'teal',
  changed: 'blue',
  unchanged: 'gray',
  ignored: 'yellow',
  error: 'red',
  conflict: 'orange',
};

/** What the check decided for one row of the sheet. */
export function OutcomeBadge({ outcome }: { outcome: UploadRowOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={colors[outcome]}>
      {t(`uploadAction.rows.outcomes.${outcome}`)}
    </Badge>
  );
}
