import type { PortfolioEmployer } from '@groupdesk/contracts';

export const portfolioColumns = [
  'name',
  'affiliates',
  'professionalEmail',
  'privateEmail',
  'invitations',
  'portalRegistered',
  'missingNationalNumber',
  'lastUpload',
] as const;
export type PortfolioColumn = (typeof portfolioColumns)[number];
export type SortDirection = 'asc' | 'desc';

export const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

const sortValue: Record<PortfolioColumn, (employer: PortfolioEmployer) => number | string> = {
  name: (e) => e.name,
  affiliates: (e) => e.affiliateCount,
  professionalEmail: (e) => share(e.professionalEmailCount, e.affiliateCount),
  privateEmail: (e) => share(e.privateEmailCount, e.affiliateCount),
  invitations: (e) => e.invitationsSent + e.invitationsScheduled,
  portalRegistered: (e) => share(e.portalRegisteredCount, e.affiliateCount),
  missingNationalNumber: (e) => e.missingNationalNumberCount,
  // never uploaded sorts as the oldest
  lastUpload: (e) => (e.lastUpload ? Date.parse(e.lastUpload.createdAt) : 0),
};

/** `-professionalEmail` in the URL: the column and its direction; the name A→Z by default. */
export function parseSort(value: string | null): { column: PortfolioColumn; direction: SortDirection } {
  const direction = value?.startsWith('-') ? 'desc' : 'asc';
  const column = portfolioColumns.find((c) => c === value?.replace(/^-/, '')) ?? 'name';
  return { column, direction };
}

export function sortPortfolio(
  employers: PortfolioEmployer[],
  column: PortfolioColumn,
  direction: SortDirection,
  locale: string,
): PortfolioEmployer[] {
  const sign = direction === 'asc' ? 1 : -1;
  const value = sortValue[column];
  return [...employers].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order =
      typeof x === 'string' || typeof y === 'string'
        ? String(x).localeCompare(String(y), locale, { sensitivity: 'base' })
        : x - y;
    return order * sign || a.name.localeCompare(b.name, locale);
  });
}
