import type { Email } from '@groupdesk/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useCancelEmail } from '../api/cancel-email';

interface CancelEmailModalProps {
  employerId: string;
  /** the e-mail to cancel; null keeps the modal closed */
  email: Email | null;
  onClose: () => void;
}

/** Asks before cancelling: a cancelled e-mail cannot be scheduled again from here. */
export function CancelEmailModal({ employerId, email, onClose }: CancelEmailModalProps) {
  const { t } = useTranslation();
  const cancel = useCancelEmail();
  // the last e-mail asked about stays on screen while the modal fades out
  const [shown, setShown] = useState(email);
  if (email !== null && email !== shown) setShown(email);
  const kind = shown ? t(`emails.kinds.${shown.kind}`) : '';

  const confirm = () => {
    if (!email) return;
    cancel.mutate(
      { employerId, emailId: email.id },
      {
        onSuccess: () => {
          onClose();
          notifications.show({
            color: 'teal',
            title: t('emails.cancel.doneTitle'),
            message: t('emails.cancel.doneMessage', { kind, recipient: email.recipient }),
          });
        },
        onError: (error) => {
          onClose();
          notifications.show({
            color: 'red',
            title: t('emails.cancel.failedTitle'),
            message: isApiError(error, 409)
              ? t('emails.cancel.notScheduled')
              : isApiError(error) && error.isNetworkError
                ? t('errors.network')
                : isApiError(error, 403)
                  ? t('errors.forbidden')
                  : t('errors.unexpected'),
          });
        },
      },
    );
  };

  return (
    <Modal opened={email !== null} onClose={onClose} title={t('emails.cancel.confirmTitle')} centered>
      {shown && (
        <Stack gap="md">
          <Text size="sm">
            {t('emails.cancel.confirmText', {
              kind,
              recipient: shown.recipient,
              date: formatDateTime(shown.dueAt),
            })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={cancel.isPending}>
              {t('emails.cancel.keep')}
            </Button>
            <Button color="red" onClick={confirm} loading={cancel.isPending} data-autofocus>
              {t('emails.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
