import type { EmployerUser } from '@groupdesk/contracts';
import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { formatDate, formatDateTime } from '@/lib/format';
import { UserStatusBadge } from './user-status-badge';

interface UsersTableProps {
  /** undefined while loading */
  users: EmployerUser[] | undefined;
  onEdit: (user: EmployerUser) => void;
  onRevoke: (user: EmployerUser) => void;
  onResend: (user: EmployerUser) => void;
  /** the user whose invitation is being sent again */
  resending: string | null;
}

const contractsText = (user: EmployerUser, allContracts: string, otherContracts: string) => {
  if (user.contracts === null) return allContracts;
  const numbers = user.contracts.map((contract) => contract.number);
  // a Master User limited to some contracts is not told which others this user has
  return (user.editable ? numbers : [...numbers, otherContracts]).join(', ');
};

/**
 * Who has access, with what, until when; revoked access stays listed, without actions, and so does access
 * beyond the contracts of a Master User limited to some.
 */
export function UsersTable({ users, onEdit, onRevoke, onResend, resending }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.columns.user')}</Table.Th>
            <Table.Th>{t('users.columns.access')}</Table.Th>
            <Table.Th>{t('users.columns.contracts')}</Table.Th>
            <Table.Th>{t('users.columns.endDate')}</Table.Th>
            <Table.Th>{t('users.columns.status')}</Table.Th>
            <Table.Th>{t('users.columns.lastSignIn')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('users.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users === undefined ? (
            <TableSkeletonRows rows={4} columns={7} />
          ) : (
            users.map((user) => (
              <Table.Tr key={user.id} data-testid={`user-${user.email}`}>
                <Table.Td>
                  <Stack gap={0}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {user.name}
                      </Text>
                      {user.twoFactor && (
                        <IconShieldCheck
                          size={16}
                          aria-label={t('users.twoFactorOn')}
                          color="var(--mantine-color-teal-6)"
                        />
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {user.email}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {user.role === 'master' ? (
                    <Badge variant="light" radius="sm">
                      {t('users.roles.master')}
                    </Badge>
                  ) : (
                    <Text size="sm">{t(`users.profiles.${user.profile}`)}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {contractsText(user, t('users.allContracts'), t('users.scope.otherContracts'))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{user.endDate ? formatDate(user.endDate) : t('common.notAvailable')}</Text>
                </Table.Td>
                <Table.Td>
                  <UserStatusBadge status={user.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t('users.neverSignedIn')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {user.status !== 'revoked' && !user.editable && (
                    <Text size="xs" c="dimmed" ta="right">
                      {t('users.scope.notEditable')}
                    </Text>
                  )}
                  {user.status !== 'revoked' && user.editable && (
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      {user.status === 'invited' && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          loading={resending === user.id}
                          onClick={() => onResend(user)}
                          aria-label={t('users.resend.label', { name: user.name })}
                        >
                          {t('users.resend.button')}
                        </Button>
                      )}
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => onEdit(user)}
                        aria-label={t('users.edit.label', { name: user.name })}
                      >
                        {t('users.edit.button')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => onRevoke(user)}
                        aria-label={t('users.revoke.label', { name: user.name })}
                      >
                        {t('users.revoke.button')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
