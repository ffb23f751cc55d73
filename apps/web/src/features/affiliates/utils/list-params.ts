import { affiliateListQuerySchema } from '@groupdesk/contracts';
import type { AffiliateListQuery, AffiliateListResponse } from '@groupdesk/contracts';
import type { z } from 'zod';

export const pageSizes = [10, 25, 50, 100] as const;

const { shape } = affiliateListQuerySchema;

/** A value the schema accepts, else the schema's default: a hand-edited URL never breaks the page. */
function field<T>(schema: z.ZodType<T>, raw: string | null): T {
  const parsed = schema.safeParse(raw === null || raw === '' ? undefined : raw);
  return parsed.success ? parsed.data : schema.parse(undefined);
}

export function parseListParams(params: URLSearchParams): AffiliateListQuery {
  const search = field(shape.search, params.get('search'));
  return {
    search: search === '' ? undefined : search,
    page: field(shape.page, params.get('page')),
    pageSize: field(shape.pageSize, params.get('pageSize')),
    sort: field(shape.sort, params.get('sort')),
    employmentStatus: field(shape.employmentStatus, params.get('employmentStatus')),
    contractId: field(shape.contractId, params.get('contractId')),
    contractStatus: field(shape.contractStatus, params.get('contractStatus')),
    missing: field(shape.missing, params.get('missing')),
    after: field(shape.after, params.get('after')),
    before: field(shape.before, params.get('before')),
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
