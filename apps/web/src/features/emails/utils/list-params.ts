import { emailListQuerySchema } from '@groupdesk/contracts';
import type { EmailListQuery } from '@groupdesk/contracts';
import { urlParam } from '@/lib/url-param';

/** The log shows one size of page; the URL carries only the filters and the page. */
export const pageSize = 25;

const { shape } = emailListQuerySchema;

export function parseListParams(params: URLSearchParams): EmailListQuery {
  return {
    kind: urlParam(shape.kind, params.get('kind')),
    status: urlParam(shape.status, params.get('status')),
    affiliateId: urlParam(shape.affiliateId, params.get('affiliateId')),
    from: urlParam(shape.from, params.get('from')),
    to: urlParam(shape.to, params.get('to')),
    page: urlParam(shape.page, params.get('page')),
    pageSize,
  };
}

/** Only the filters that are set and a page other than the first, so that URLs stay short. */
export function toSearchParams(query: EmailListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['kind', 'status', 'affiliateId', 'from', 'to'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

export const hasFilter = (query: EmailListQuery) =>
  Boolean(query.kind || query.status || query.affiliateId || query.from || query.to);

/** The log of one affiliate's e-mails: where the affiliate page's "all e-mails" link leads. */
export const affiliateLogSearch = (affiliateId: string) =>
  `?${toSearchParams({ affiliateId, page: 1, pageSize })}`;
