import type { Language } from '@groupdesk/domain';

/** Belgian conventions in each language: `12 345,67 €` in French, `€ 12.345,67` in Dutch. */
const locales: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE', de: 'de-BE' };
export const localeOf = (language: Language) => locales[language];

export interface StatementFormatters {
  money(value: number): string;
  /** an ISO date (YYYY-MM-DD) written out: `15 juin 2025` */
  date(value: string): string;
  percent(value: number): string;
}

const cache = new Map<Language, StatementFormatters>();

/** Intl formatters are slow to build and a print has thousands of pages: one set per language. */
export function formattersOf(language: Language): StatementFormatters {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = localeOf(language);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const formatters: StatementFormatters = {
    money: (value) => pdfText(money.format(value)),
    date: (value) => pdfText(date.format(new Date(`${value}T00:00:00Z`))),
    percent: (value) => pdfText(percent.format(value / 100)),
  };
  cache.set(language, formatters);
  return formatters;
}

/**
 * A text as a statement line shows it: one line (a line break or tab becomes a space), composed (a letter and
 * its accent as one character, as the font's tables expect).
 */
export function pdfText(text: string): string {
  return text.replace(/[\n\t\r]+/g, ' ').normalize('NFC');
}
