import type { UiLanguage } from '@groupdesk/domain';

// The SPA (lib/format.ts) and the API's exports write days, amounts and counts alike from here.

/** Belgian conventions in the reader's language: fr-BE, nl-BE, en-BE. */
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

/** dd/mm/yyyy hh:mm in the local time zone (the browser's, the server's), for instants such as a last change. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${formatDate(value)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const numberStyles = {
  money: { style: 'currency', currency: 'EUR' },
  count: {},
  rate: { style: 'percent', maximumFractionDigits: 2 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

const numberFormats = new Map<string, Intl.NumberFormat>();

// building an Intl.NumberFormat costs some 60 formats, and the journal's export writes thousands of values
function numberFormat(language: UiLanguage, style: keyof typeof numberStyles): Intl.NumberFormat {
  const key = `${language}:${style}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), numberStyles[style]);
    numberFormats.set(key, format);
  }
  return format;
}

export const formatMoney = (amount: number, language: UiLanguage): string =>
  numberFormat(language, 'money').format(amount);

export const formatCount = (value: number, language: UiLanguage): string =>
  numberFormat(language, 'count').format(value);

/** A rate in % such as 80 or 80.5, as '80 %' or '80,5 %'. */
export const formatRate = (percent: number, language: UiLanguage): string =>
  numberFormat(language, 'rate').format(percent / 100);
