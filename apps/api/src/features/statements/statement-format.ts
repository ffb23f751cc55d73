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
    money: (value) => toWinAnsi(money.format(value)),
    date: (value) => toWinAnsi(date.format(new Date(`${value}T00:00:00Z`))),
    percent: (value) => toWinAnsi(percent.format(value / 100)),
  };
  cache.set(language, formatters);
  return formatters;
}

// Beyond Latin-1, the characters of Windows-1252 that the PDF standard fonts can show
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
// letters that do not decompose into a base letter and a mark
const lookAlikes: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i' };

const showable = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char);
};

/**
 * The text as the built-in PDF fonts (Windows-1252) can draw it: Intl's narrow no-break space becomes a
 * no-break space, and a letter outside the code page loses its accent (Ő → O) rather than printing as garbage.
 */
export function toWinAnsi(text: string): string {
  let result = '';
  for (const char of text) {
    if (showable(char)) result += char;
    else if (char === '\u202f' || char === '\u2009') result += '\u00a0';
    else if (char === '\n' || char === '\t') result += ' ';
    else {
      const base = (lookAlikes[char] ?? char.normalize('NFD').replace(/\p{M}+/gu, '')).normalize('NFC');
      result += [...base].every(showable) && base !== '' ? base : '?';
    }
  }
  return result;
}
