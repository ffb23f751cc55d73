import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { useExportInsuredList } from '../api/export-insured-list';

/** Asks the server for the insured list; the new action then shows in the overview below. */
export function ExportInsuredListButton({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const exportList = useExportInsuredList();

  const start = () =>
    exportList.mutate(employerId, {
      onSuccess: () =>
        notifications.show({
          color: 'teal',
          icon: <IconCheck size={18} />,
          title: t('actions.exportStarted'),
          message: t('actions.exportStartedMessage'),
        }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('actions.exportFailed'),
          message:
            isApiError(error) && error.isNetworkError
              ? t('errors.network')
              : isApiError(error, 403)
                ? t('errors.forbidden')
                : t('errors.unexpected'),
        }),
    });

  return (
    <Button
      onClick={start}
      loading={exportList.isPending}
      leftSection={<IconFileExport size={18} aria-hidden />}
    >
      {t('actions.export')}
    </Button>
  );
}
