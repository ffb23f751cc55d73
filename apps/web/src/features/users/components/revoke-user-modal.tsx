import type { EmployerUser } from '@groupdesk/contracts';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { generalFailureKey, isApiError } from '@/lib/api-client';
import { useRevokeUser } from '../api/revoke-user';
import { scopeRefusalKey } from '../utils/scope-refusal';

interface RevokeUserModalProps {
  employerId: string;
  user: EmployerUser;
  onClose: () => void;
}

/** Asks before revoking: the access ends at once, and only a new invitation brings it back. */
export function RevokeUserModal({ employerId, user, onClose }: RevokeUserModalProps) {
  const { t } = useTranslation();
  const revoke = useRevokeUser();

  const confirm = () =>
    revoke.mutate(
      { employerId, userId: user.id },
      {
        onSuccess: () => {
          onClose();
          notifications.show({ color: 'teal', message: t('users.revoke.done', { name: user.name }) });
        },
      },
    );

  const failure = revoke.error;
  const refusal = scopeRefusalKey(failure);
  return (
    <Modal opened onClose={onClose} title={t('users.revoke.title')} centered>
      <Stack gap="md">
        <Text size="sm">{t('users.revoke.text', { name: user.name, email: user.email })}</Text>
        {failure && (
          <Alert color="red" role="alert">
            {refusal
              ? t(refusal)
              : isApiError(failure, 409)
                ? t('users.lastMaster')
                : t(generalFailureKey(failure))}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={revoke.isPending}>
            {t('users.revoke.keep')}
          </Button>
          <Button color="red" onClick={confirm} loading={revoke.isPending} data-autofocus>
            {t('users.revoke.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
