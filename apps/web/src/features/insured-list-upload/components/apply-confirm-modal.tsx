import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ApplyConfirmModalProps {
  opened: boolean;
  summary: string;
  /** e.g. "2 rows with an error are not applied." */
  notApplied: string | null;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The last look before apply: what will change and which e-mails will go. */
export function ApplyConfirmModal({
  opened,
  summary,
  notApplied,
  loading,
  onConfirm,
  onClose,
}: ApplyConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('uploadAction.apply.confirmTitle')} centered>
      <Stack gap="md">
        <Text size="sm">{t('uploadAction.apply.confirmText')}</Text>
        <Text fw={600}>{summary}</Text>
        {notApplied && (
          <Text size="sm" c="dimmed">
            {notApplied}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={loading} data-autofocus>
            {t('uploadAction.apply.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
