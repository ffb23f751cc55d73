import { Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageNavigation } from '@/components/ui/page-navigation';
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
        <PageNavigation pages={pages} page={page} onPage={onPage} />
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
