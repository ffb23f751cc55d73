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

export const formatMoney = (amount: number, language: UiLanguage): string =>
  new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }).format(amount);

export const formatCount = (value: number, language: UiLanguage): string =>
  new Intl.NumberFormat(localeOf(language)).format(value);
