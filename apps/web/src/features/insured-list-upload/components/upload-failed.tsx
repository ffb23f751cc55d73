import type { Action } from '@groupdesk/contracts';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

interface UploadFailedProps {
  employerId: string;
  action: Action;
  canUpload: boolean;
}

/** A check that failed (or an upload left to expire): why, and the way to send another file. */
export function UploadFailed({ employerId, action, canUpload }: UploadFailedProps) {
  const { t } = useTranslation();
  const expired = action.status === 'expired';
  return (
    <Alert
      color={expired ? 'gray' : 'red'}
      icon={<IconAlertTriangle aria-hidden />}
      title={expired ? undefined : t('uploadAction.failed.title')}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {expired ? t('uploadAction.expired') : (action.error ?? t('uploadAction.failed.noReason'))}
        </Text>
        {canUpload && (
          <Button
            component={Link}
            to={`/employers/${employerId}/insured-list/upload`}
            size="xs"
            leftSection={<IconUpload size={16} aria-hidden />}
          >
            {t('uploadAction.failed.uploadAnother')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
