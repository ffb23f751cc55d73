import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { missingNumbersReportUrl } from '../api/get-missing-numbers';

/**
 * The report as .xlsx: a plain link, so that the session cookie goes with it and the browser saves the
 * attachment under the server's file name. Nothing to download when every affiliate has a number.
 */
export function MissingNumbersDownload({ employerId, count }: { employerId: string; count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Button
      component="a"
      href={missingNumbersReportUrl(employerId)}
      download
      variant="light"
      leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
    >
      {t('missingNumbers.download')}
    </Button>
  );
}
