import type { JournalEntry } from '@groupdesk/contracts';

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  /** false for a value recorded on both sides unchanged, or on one side only for a read */
  changed: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields an entry records, each with its value before and after. A change records both sides; a read
 * or an action records only `after` (what was asked, how many were shown), which is not a change.
 */
export function entryDiff(entry: Pick<JournalEntry, 'before' | 'after'>): DiffRow[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const isChange = entry.before !== null;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({
    field,
    before: before[field],
    after: after[field],
    changed: isChange && !same(before[field], after[field]),
  }));
}
