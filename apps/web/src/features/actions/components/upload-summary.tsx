import type { Action } from '@groupdesk/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';

/** "Validated: 120 rows, 3 errors": an upload's counts in one line, by stage. */
export function UploadSummary({ action }: { action: Action }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const count = (key: string) => action.counts[key] ?? 0;
  const value = (key: string) => ({ count: count(key), value: formatCount(count(key), language) });

  if (action.status === 'ready') {
    const details = [t('actions.rows', value('rows')), t('actions.uploadSummary.errors', value('errors'))];
    if (count('conflicts') > 0) details.push(t('actions.uploadSummary.conflicts', value('conflicts')));
    return <Text fz="sm">{t('actions.uploadSummary.validated', { details: details.join(', ') })}</Text>;
  }
  if (action.status === 'applied') {
    const details = [t('actions.uploadSummary.addresses', value('applied'))];
    if (count('skipped') > 0) details.push(t('actions.uploadSummary.skipped', value('skipped')));
    return <Text fz="sm">{t('actions.uploadSummary.applied', { details: details.join(', ') })}</Text>;
  }
  if (action.status === 'undone') {
    return (
      <Text fz="sm">
        {t('actions.uploadSummary.undone', {
          details: t('actions.uploadSummary.restored', value('restored')),
        })}
      </Text>
    );
  }
  return null;
}
