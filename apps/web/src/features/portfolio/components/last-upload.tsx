import type { PortfolioEmployer } from '@groupdesk/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionStatusBadge } from '@/components/ui/action-status-badge';
import { useUiLanguage } from '@/i18n';
import { formatCount, formatDate } from '@/lib/format';

/** The last insured-list upload: when, how it ended, and what it found or applied. */
export function LastUpload({ upload }: { upload: PortfolioEmployer['lastUpload'] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (!upload) {
    return (
      <Text fz="sm" c="dimmed">
        {t('portfolio.noUpload')}
      </Text>
    );
  }
  const value = (key: string) => ({ value: formatCount(upload.counts[key] ?? 0, language) });
  const outcome =
    upload.status === 'applied' || upload.status === 'undone'
      ? t('portfolio.upload.applied', value('applied'))
      : upload.status === 'ready'
        ? `${t('portfolio.upload.rows', value('rows'))}, ${t('portfolio.upload.errors', value('errors'))}`
        : null;
  return (
    <Stack gap={2} align="flex-start">
      <ActionStatusBadge status={upload.status} size="xs" />
      <Text fz="xs" c="dimmed">
        {formatDate(upload.createdAt)}
        {outcome && ` · ${outcome}`}
      </Text>
    </Stack>
  );
}
