import type { AffiliateEvent, EventValues } from '@groupdesk/contracts';
import type { UiLanguage } from '@groupdesk/domain';
import type { TFunction } from 'i18next';
import { formatMoney, formatPercent } from '@/lib/format';

export interface EventSummary {
  /** what changed, e.g. "100 % → 80 %"; null when the kind says it all */
  change: string | null;
  guarantees: Array<{
    contractId: string;
    number: string;
    text: string;
    formality: NonNullable<EventValues['guarantees']>[number]['medicalFormality'];
  }>;
}

/** One event of the history in words: its values before and after, and the guarantees it set. */
export function eventSummary(event: AffiliateEvent, t: TFunction, language: UiLanguage): EventSummary {
  const percent = (rate: number | undefined) =>
    rate === undefined ? '—' : formatPercent(rate / 100, language);
  const arrow = (before: string | undefined, after: string | undefined) =>
    before ? `${before} → ${after ?? '—'}` : (after ?? '—');
  const { before, after } = event;
  const category = (value: EventValues['category']) => value && t(`lifeEvents.categories.${value}`);
  const family = (value: EventValues['familySituation']) =>
    value && t(`lifeEvents.familySituations.${value}`);
  const reason = (value: EventValues['reason']) => value && t(`lifeEvents.suspensionReasons.${value}`);

  const change = (() => {
    switch (event.kind) {
      case 'occupancy-rate':
        return arrow(
          before?.occupancyRate === undefined ? undefined : percent(before.occupancyRate),
          percent(after.occupancyRate),
        );
      case 'family-situation':
        return arrow(family(before?.familySituation), family(after.familySituation));
      case 'category':
        return arrow(category(before?.category), category(after.category));
      case 'suspension':
        return reason(after.reason) ?? null;
      case 'suspension-end':
        return before?.reason ? t('lifeEvents.history.endOf', { reason: reason(before.reason) }) : null;
      case 'affiliation':
        return [category(after.category), percent(after.occupancyRate), family(after.familySituation)]
          .filter(Boolean)
          .join(' · ');
      default:
        return null;
    }
  })();

  const money = (amount: number) => formatMoney(amount, language);
  const guarantees = (after.guarantees ?? []).map((entry) => {
    const previous = before?.guarantees?.find((candidate) => candidate.contractId === entry.contractId);
    const amount = (field: 'deathCapital' | 'disabilityAnnuity') =>
      previous && previous[field] !== entry[field]
        ? `${money(previous[field])} → ${money(entry[field])}`
        : money(entry[field]);
    return {
      contractId: entry.contractId,
      number: entry.number,
      text: t('lifeEvents.history.guarantees', {
        death: amount('deathCapital'),
        disability: amount('disabilityAnnuity'),
      }),
      formality: entry.medicalFormality,
    };
  });
  return { change, guarantees };
}
