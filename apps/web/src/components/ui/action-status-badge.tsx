import type { ActionStatus } from '@groupdesk/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colors: Record<ActionStatus, string> = {
  queued: 'gray',
  running: 'blue',
  ready: 'teal',
  applied: 'teal',
  failed: 'red',
  expired: 'gray',
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant={status === 'expired' ? 'outline' : 'light'} color={colors[status]}>
      {t(`actions.statuses.${status}`)}
    </Badge>
  );
}
