import type { UiLanguage } from '@groupdesk/domain';

/** Belgian conventions in the user's language: fr-BE, nl-BE, en-BE. */
export const localeOf = (language: UiLanguage): string => `${language}-BE`;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy; calendar dates ('YYYY-MM-DD') are never shifted by the time zone. */
export function formatDate(value: string): string {
  const match = isoDate.exec(value);
  if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** dd/mm/yyyy hh:mm in the browser's time zone, for instants such as a last change. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${formatDate(value)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const formatMoney = (amount: number, language: UiLanguage): string =>
  new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }).format(amount);

export const formatCount = (value: number, language: UiLanguage): string =>
  new Intl.NumberFormat(localeOf(language)).format(value);

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
