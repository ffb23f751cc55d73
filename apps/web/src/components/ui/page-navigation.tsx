import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PageNavigationProps {
  pages: number;
  page: number;
  onPage: (page: number) => void;
}

/** The page numbers of a list, with every control named for screen readers. Nothing when there is one page. */
export function PageNavigation({ pages, page, onPage }: PageNavigationProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('common.pagination.label')}>
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onPage}
        size="sm"
        siblings={1}
        boundaries={1}
        withEdges
        getItemProps={(item) => ({ 'aria-label': t('common.pagination.page', { page: item }) })}
        getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
      />
    </nav>
  );
}
