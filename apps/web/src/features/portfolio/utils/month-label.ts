import type { UiLanguage } from '@groupdesk/domain';
import { localeOf } from '@/lib/format';

const monthDate = (month: string) => new Date(`${month}-15T12:00:00Z`);

/** "Mar" on the axis, with the year where it starts ("Jan 2026") and on the first month. */
export function axisMonth(month: string, language: UiLanguage, first: boolean): string {
  const withYear = first || month.endsWith('-01');
  return new Intl.DateTimeFormat(localeOf(language), {
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(monthDate(month));
}

/** "March 2026", for the figures table and the points' titles. */
export const fullMonth = (month: string, language: UiLanguage): string =>
  new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    monthDate(month),
  );
