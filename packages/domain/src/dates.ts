// Dates cross the API as 'YYYY-MM-DD' strings; arithmetic happens on UTC midnights so that the
// server's time zone and daylight-saving changes can never shift a day.

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isIsoDate(s: string): boolean {
  const match = isoDatePattern.exec(s);
  if (!match) return false;
  return isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

// Throws rather than returning NaN-dates: a malformed date here is a programming error upstream.
export function assertIsoDate(date: string): void {
  partsOf(date);
}

function partsOf(date: string): DateParts {
  const match = isoDatePattern.exec(date);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || !isValidCalendarDate(parts.year, parts.month, parts.day)) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): '${date}'`);
  }
  return parts;
}

function assertWholeNumber(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

export function addDays(date: string, days: number): string {
  assertWholeNumber(days, 'days');
  const { year, month, day } = partsOf(date);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const start = new Date(0);
  start.setUTCFullYear(year, month - 1, day);
  const shifted = new Date(start.getTime() + days * msPerDay);
  return toIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

// Clamps to the end of the target month (31 August + 6 months = 28 February), the usual reading of
// "six months after" in contract terms.
export function addMonths(date: string, months: number): string {
  assertWholeNumber(months, 'months');
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return toIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function compareDates(a: string, b: string): number {
  assertIsoDate(a);
  assertIsoDate(b);
  // Zero-padded ISO dates sort lexicographically in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

// en-CA writes YYYY-MM-DD
const belgianCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The date in Belgium at `now`: the day employers, affiliates and the regulation count in. The UTC date is
 * still yesterday's until 1 a.m. (2 a.m. in summer): an access ending on the 21st would last into the 22nd.
 * Only for defaults; rules take `today` as an argument so tests stay fixed.
 */
export function todayInBelgium(now = new Date()): string {
  return belgianCalendar.format(now);
}
