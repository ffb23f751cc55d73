import { addMonths, assertIsoDate } from './dates';

// "Date de mutation": changes of occupancy rate, family situation, suspension or category change
// the guarantees on the first day of the month that follows or coincides with the event.
export function mutationDate(eventDate: string): string {
  assertIsoDate(eventDate);
  const firstOfMonth = `${eventDate.slice(0, 8)}01`;
  if (eventDate === firstOfMonth) return eventDate;
  return addMonths(firstOfMonth, 1);
}
