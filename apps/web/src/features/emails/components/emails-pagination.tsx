import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';

interface EmailsPaginationProps {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

export function EmailsPagination({ total, page, pageSize, onPage }: EmailsPaginationProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Group justify="space-between" gap="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('emails.total', { value: formatCount(total, language) })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('emails.pagination.label')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPage}
            size="sm"
            siblings={1}
            boundaries={1}
            withEdges
            getItemProps={(item) => ({ 'aria-label': t('emails.pagination.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`emails.pagination.${control}`) })}
          />
        </nav>
      )}
    </Group>
  );
}
