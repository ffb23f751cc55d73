import type { EmployerUser } from '@groupdesk/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api-client';
import { useEmployerAccess } from '@/lib/session';
import { useUsers } from '../api/get-users';
import { useResendUserInvitation } from '../api/resend-invitation';
import { EditAccessModal } from '../components/edit-access-modal';
import { InviteUserModal } from '../components/invite-user-modal';
import { NotificationAddressCard } from '../components/notification-address-card';
import { RevokeUserModal } from '../components/revoke-user-modal';
import { UsersTable } from '../components/users-table';
import { scopeRefusalKey } from '../utils/scope-refusal';

/** The Master User's page: grant, change and revoke access, and the employer's notification address. */
export function UsersRoute() {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const users = useUsers(employerId);
  // a Master User limited to some contracts grants and manages access within those contracts only
  const mayGrantAll = useEmployerAccess(employerId)?.contractIds === null;
  const resend = useResendUserInvitation();
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<EmployerUser | null>(null);
  const [revoking, setRevoking] = useState<EmployerUser | null>(null);
  usePageTitle(t('users.pageTitle'));

  if (isApiError(users.error, 404) || isApiError(users.error, 400)) return <NotFound />;
  if (isApiError(users.error, 403)) return <NotFound message={t('users.mastersOnly')} />;

  const onResend = (user: EmployerUser) =>
    resend.mutate(
      { employerId, userId: user.id },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t('users.resend.done', { email: user.email }) }),
        onError: (error) =>
          notifications.show({ color: 'red', message: t(scopeRefusalKey(error) ?? 'errors.unexpected') }),
      },
    );

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('users.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('users.intro')}
          </Text>
          {!mayGrantAll && (
            <Text size="sm" maw={760}>
              {t('users.scope.limited')}
            </Text>
          )}
        </Stack>
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setInviting(true)}>
          {t('users.invite.button')}
        </Button>
      </Group>
      {users.isError && (
        <QueryError error={users.error} title={t('users.loadFailed')} onRetry={() => void users.refetch()} />
      )}
      {!users.isError && (
        <Paper withBorder radius="md">
          <UsersTable
            users={users.data?.items}
            onEdit={setEditing}
            onRevoke={setRevoking}
            onResend={onResend}
            resending={resend.isPending ? (resend.variables?.userId ?? null) : null}
          />
        </Paper>
      )}
      <NotificationAddressCard employerId={employerId} />
      <InviteUserModal
        employerId={employerId}
        opened={inviting}
        onClose={() => setInviting(false)}
        mayGrantAll={mayGrantAll}
      />
      {editing && (
        <EditAccessModal
          employerId={employerId}
          user={editing}
          onClose={() => setEditing(null)}
          mayGrantAll={mayGrantAll}
        />
      )}
      {revoking && (
        <RevokeUserModal employerId={employerId} user={revoking} onClose={() => setRevoking(null)} />
      )}
    </Stack>
  );
}
