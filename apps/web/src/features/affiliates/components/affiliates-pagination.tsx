import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';
import { pageSizes } from '../utils/list-params';

interface AffiliatesPaginationProps {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}

export function AffiliatesPagination({
  total,
  page,
  pageSize,
  onPage,
  onPageSize,
}: AffiliatesPaginationProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Group justify="space-between" gap="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('affiliates.total', { value: formatCount(total, language) })}
      </Text>
      <Group gap="lg" wrap="wrap">
        <nav aria-label={t('affiliates.pagination.label')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPage}
            size="sm"
            siblings={1}
            boundaries={1}
            withEdges
            getItemProps={(item) => ({ 'aria-label': t('affiliates.pagination.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`affiliates.pagination.${control}`) })}
          />
        </nav>
        <Group gap={8} wrap="nowrap">
          <Text component="label" htmlFor="affiliates-page-size" size="sm" c="dimmed">
            {t('affiliates.pagination.pageSize')}
          </Text>
          <NativeSelect
            id="affiliates-page-size"
            size="xs"
            value={String(pageSize)}
            onChange={(event) => onPageSize(Number(event.currentTarget.value))}
            data={[...new Set([...pageSizes, pageSize])].sort((a, b) => a - b).map(String)}
            w={76}
          />
        </Group>
      </Group>
    </Group>
  );
}
