const isoDurationPattern =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Adds an ISO-8601 duration (`P2D`, `PT10M`, `P1M`) to a moment. Years, months and days follow the calendar
 * in UTC (31 January + P1M is the last day of February); hours, minutes and seconds are exact.
 */
export function addIsoDuration(from: Date, duration: string): Date {
  const match = isoDurationPattern.exec(duration);
  if (!match) throw new RangeError(`not an ISO-8601 duration: ${duration}`);
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  const at = new Date(from.getTime());
  if (years || months) {
    const day = at.getUTCDate();
    at.setUTCDate(1);
    at.setUTCMonth(at.getUTCMonth() + (years ?? 0) * 12 + (months ?? 0));
    const lastDay = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
    at.setUTCDate(Math.min(day, lastDay));
  }
  at.setUTCDate(at.getUTCDate() + (weeks ?? 0) * 7 + (days ?? 0));
  return new Date(at.getTime() + (((hours ?? 0) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0)) * 1000);
}
