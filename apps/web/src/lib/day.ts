const typedDay = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A day typed the Belgian way (dd/mm/yyyy, or with dots or dashes) as the API's YYYY-MM-DD; null when it
 * is not a day of the calendar, such as 31/02/2026.
 */
export function parseDay(text: string): string | null {
  const match = typedDay.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * What a form sends for a typed day: the API's YYYY-MM-DD, the text itself when it is no day, so that the
 * shared schema reports it as a wrong value, and nothing when nothing is typed, reported as missing.
 */
export function dayOrText(text: string): string | undefined {
  const typed = text.trim();
  if (typed === '') return undefined;
  return parseDay(typed) ?? typed;
}

/** Today in the browser's calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
