import type { Action } from '@groupdesk/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '@/hooks/use-now';
import { formatDateTime } from '@/lib/format';
import { useUndoUpload } from '../api/undo-upload';
import { undoErrorText } from '../utils/action-error-text';

/** Undo of an applied upload, after a confirmation that says what comes back and what is cancelled. */
export function UndoButton({ employerId, action }: { employerId: string; action: Action }) {
  const { t } = useTranslation();
  const undo = useUndoUpload();
  const [confirming, setConfirming] = useState(false);
  const now = useNow();
  // the server refuses a late undo anyway; this only spares the user a button that cannot work
  const open = action.undoUntil !== null && Date.parse(action.undoUntil) > now;

  if (!open) {
    return (
      <Text size="sm" c="dimmed">
        {t('uploadAction.applied.undoClosed')}
      </Text>
    );
  }

  const confirm = () =>
    undo.mutate(
      { employerId, actionId: action.id },
      {
        onSuccess: () => {
          setConfirming(false);
          notifications.show({
            color: 'teal',
            title: t('uploadAction.applied.undoneTitle'),
            message: t('uploadAction.applied.undoneMessage'),
          });
        },
        onError: (error) => {
          setConfirming(false);
          notifications.show({
            color: 'red',
            title: t('uploadAction.applied.undoFailedTitle'),
            message: undoErrorText(error, t),
          });
        },
      },
    );

  return (
    <Group gap="sm" align="center">
      <Button
        variant="default"
        leftSection={<IconArrowBackUp size={18} aria-hidden />}
        onClick={() => setConfirming(true)}
      >
        {t('uploadAction.applied.undo')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('uploadAction.applied.undoUntil', { date: formatDateTime(action.undoUntil ?? '') })}
      </Text>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('uploadAction.applied.undoConfirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('uploadAction.applied.undoConfirmText')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={undo.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={confirm} loading={undo.isPending} data-autofocus>
              {t('uploadAction.applied.undoConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
