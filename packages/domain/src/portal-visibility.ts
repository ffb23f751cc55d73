// What the affiliate sees of one contract on the employee portal (FAQ, questions 1, 2 and 9):
// a contract is found through the national/BIS number, so without one it cannot be shown; a number
// filled in today is picked up overnight; a terminated contract stays readable for six months.
import { addDays, addMonths, assertIsoDate } from './dates';
import type { ContractStatus } from './enums';

export type PortalVisibility =
  | { state: 'visible' }
  | { state: 'visible-from'; from: string }
  | { state: 'visible-until'; until: string }
  | { state: 'hidden'; reason: 'no-national-number' | 'terminated' };

export const terminatedVisibleMonths = 6;

export function portalVisibility(input: {
  nationalNumber: string | null;
  nationalNumberSince: string | null;
  status: ContractStatus;
  terminationDate: string | null;
  today: string;
}): PortalVisibility {
  const { nationalNumber, nationalNumberSince, status, terminationDate, today } = input;
  assertIsoDate(today);
  // Without a termination date nothing shows the six months have not run out, and showing the
  // contract forever would be the worse mistake.
  const until =
    status === 'terminated' && terminationDate !== null
      ? addMonths(terminationDate, terminatedVisibleMonths)
      : null;
  if (status === 'terminated' && (until === null || today > until)) {
    return { state: 'hidden', reason: 'terminated' };
  }
  // checked after the six months: a number would not bring back a contract that ended long ago, and
  // the missing-numbers report should not send HR looking for it
  if (nationalNumber === null || nationalNumber.trim() === '') {
    return { state: 'hidden', reason: 'no-national-number' };
  }

  if (nationalNumberSince !== null && nationalNumberSince >= today) {
    const from = addDays(nationalNumberSince, 1);
    // The overnight pick-up would come after the six months have run out: it will never show.
    if (until !== null && from > until) return { state: 'hidden', reason: 'terminated' };
    return { state: 'visible-from', from };
  }
  if (until !== null) return { state: 'visible-until', until };
  return { state: 'visible' };
}
