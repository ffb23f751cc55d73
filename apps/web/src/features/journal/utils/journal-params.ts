import { journalListQuerySchema } from '@groupdesk/contracts';
import type { JournalListQuery } from '@groupdesk/contracts';
import { urlParam } from '@/lib/url-param';

/** The journal shows one size of page; the URL carries the filters, the order and the page's cursor. */
export const pageSize = 50;

const { shape } = journalListQuerySchema;

export function parseJournalParams(params: URLSearchParams): JournalListQuery {
  return {
    search: urlParam(shape.search, params.get('search')),
    from: urlParam(shape.from, params.get('from')),
    to: urlParam(shape.to, params.get('to')),
    kind: urlParam(shape.kind, params.get('kind')),
    userId: urlParam(shape.userId, params.get('userId')),
    affiliateId: urlParam(shape.affiliateId, params.get('affiliateId')),
    sort: urlParam(shape.sort, params.get('sort')),
    after: urlParam(shape.after, params.get('after')),
    pageSize,
  };
}

const filterKeys = ['search', 'from', 'to', 'kind', 'userId', 'affiliateId'] as const;

/** Only what is set, and the order when it is not the default, so that URLs stay short. */
export function toSearchParams(query: JournalListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.sort !== '-at') params.set('sort', query.sort);
  if (query.after) params.set('after', String(query.after));
  return params;
}

export const hasFilter = (query: JournalListQuery) => filterKeys.some((key) => Boolean(query[key]));

/** The filters and order of the page, for its export: the same entries, every page. */
export function exportQuery(query: JournalListQuery): Record<string, string | undefined> {
  const { after: _after, pageSize: _pageSize, ...filter } = query;
  return filter;
}
