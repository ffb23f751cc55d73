import { affiliateListQuerySchema } from '@groupdesk/contracts';
import type { AffiliateListQuery, AffiliateListResponse } from '@groupdesk/contracts';
import { urlParam } from '@/lib/url-param';

export const pageSizes = [10, 25, 50, 100] as const;

const { shape } = affiliateListQuerySchema;

export function parseListParams(params: URLSearchParams): AffiliateListQuery {
  const search = urlParam(shape.search, params.get('search'));
  return {
    search: search === '' ? undefined : search,
    page: urlParam(shape.page, params.get('page')),
    pageSize: urlParam(shape.pageSize, params.get('pageSize')),
    sort: urlParam(shape.sort, params.get('sort')),
    employmentStatus: urlParam(shape.employmentStatus, params.get('employmentStatus')),
    contractId: urlParam(shape.contractId, params.get('contractId')),
    contractStatus: urlParam(shape.contractStatus, params.get('contractStatus')),
    missing: urlParam(shape.missing, params.get('missing')),
    after: urlParam(shape.after, params.get('after')),
    before: urlParam(shape.before, params.get('before')),
  };
}

/**
 * Going to another page: the next and the previous one by the cursors of the page shown (as quick on page
 * 4,000 of a large employer as on page 1), the others by their number.
 */
export function pageChange(
  query: AffiliateListQuery,
  cursors: AffiliateListResponse['cursors'] | undefined,
  page: number,
): Partial<AffiliateListQuery> {
  if (page === query.page + 1 && cursors?.next) return { page, after: cursors.next, before: undefined };
  if (page === query.page - 1 && cursors?.previous) {
    return { page, after: undefined, before: cursors.previous };
  }
  return { page, after: undefined, before: undefined };
}

const defaults = affiliateListQuerySchema.parse({});

/** Only what differs from the defaults, so that URLs stay short and shareable. */
export function toSearchParams(query: AffiliateListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(shape) as (keyof AffiliateListQuery)[]) {
    const value = query[key];
    if (value === undefined || value === '' || value === defaults[key]) continue;
    params.set(key, String(value));
  }
  return params;
}

export const hasSearchOrFilter = (query: AffiliateListQuery) =>
  Boolean(
    query.search || query.employmentStatus || query.contractId || query.contractStatus || query.missing,
  );
