import type { ActionStatus } from '@groupdesk/contracts';
import { Badge } from '@mantine/core';
import type { MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colors: Record<ActionStatus, string> = {
  queued: 'gray',
  running: 'blue',
  ready: 'teal',
  applied: 'teal',
  failed: 'red',
  expired: 'gray',
  undone: 'grape',
};

/** The status of an action (export, upload), shared by the actions overview and an upload's page. */
export function ActionStatusBadge({ status, size = 'sm' }: { status: ActionStatus; size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      variant={status === 'expired' || status === 'undone' ? 'outline' : 'light'}
      color={colors[status]}
    >
      {t(`actions.statuses.${status}`)}
    </Badge>
  );
}
