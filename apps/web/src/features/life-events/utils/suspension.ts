import type { AffiliateEvent } from '@groupdesk/contracts';

/** The open suspension of the employment contract: the latest suspension, unless a return followed it. */
export function openSuspension(events: AffiliateEvent[]): AffiliateEvent | null {
  const latest = events
    .filter((event) => event.kind === 'suspension' || event.kind === 'suspension-end')
    .reduce<AffiliateEvent | null>(
      (found, event) => (found === null || event.id > found.id ? event : found),
      null,
    );
  return latest?.kind === 'suspension' ? latest : null;
}
