import { localeOf } from '@groupdesk/contracts';
import type { UiLanguage } from '@groupdesk/domain';

// the journal's export on the API writes them alike: one definition, in the contracts package
export { formatCount, formatDate, formatDateTime, formatMoney, localeOf } from '@groupdesk/contracts';

export const formatPercent = (ratio: number, language: UiLanguage): string =>
  new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);

/** A wait such as "45 seconds" or "5 minutes", with the plural handled by Intl. */
export function formatWait(seconds: number, language: UiLanguage): string {
  const [amount, unit] =
    seconds < 90 ? [Math.max(1, seconds), 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit, unitDisplay: 'long' }).format(
    amount,
  );
}

/**
 * A file size such as "820 kB" or "4.2 MB", counted in 1024s as Windows shows them, so that the
 * 20 MB limit reads "20 MB" and matches what the user sees in Explorer.
 */
export function formatFileSize(bytes: number, language: UiLanguage): string {
  const [amount, unit] =
    bytes < 1024 * 1024
      ? [Math.max(1, Math.round(bytes / 1024)), 'kilobyte']
      : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(amount);
}
