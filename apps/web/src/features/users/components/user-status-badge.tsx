import type { EmployerUserStatus } from '@groupdesk/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colors: Record<EmployerUserStatus, string> = {
  active: 'teal',
  invited: 'blue',
  expired: 'gray',
  revoked: 'red',
};

export function UserStatusBadge({ status }: { status: EmployerUserStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" radius="sm">
      {t(`users.statuses.${status}`)}
    </Badge>
  );
}
