import { uploadRowsQuerySchema } from '@groupdesk/contracts';
import type { UploadRowFilter, UploadRowsQuery } from '@groupdesk/contracts';
import { useSearchParams } from 'react-router-dom';

const pageSize = 50;

/** The rows' filter and page, kept in the address so that reload and "back" show the same rows. */
export function useRowsParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const parsed = uploadRowsQuerySchema.safeParse({
    filter: searchParams.get('filter') ?? undefined,
    page: searchParams.get('page') ?? undefined,
    pageSize,
  });
  const query: UploadRowsQuery = parsed.success ? parsed.data : { filter: 'all', page: 1, pageSize };

  const update = (filter: UploadRowFilter, page: number) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (filter === 'all') next.delete('filter');
        else next.set('filter', filter);
        if (page === 1) next.delete('page');
        else next.set('page', String(page));
        return next;
      },
      { replace: true },
    );

  return {
    query,
    setFilter: (filter: UploadRowFilter) => update(filter, 1),
    setPage: (page: number) => update(query.filter, page),
  };
}
