import type { JournalEntry } from '@groupdesk/contracts';
import type { Executor } from '@groupdesk/db';
import { type SQL, sql } from 'drizzle-orm';

interface EntryRow extends Record<string, unknown> {
  id: string;
  at: Date;
  kind: string;
  actor_kind: JournalEntry['actor']['kind'];
  actor_user_id: string | null;
  actor_name: string | null;
  actor_user_kind: NonNullable<JournalEntry['actor']['user']>['kind'] | null;
  affiliate_id: string | null;
  affiliate_name: string | null;
  national_number: string | null;
  target_user_id: string | null;
  target_name: string | null;
  action_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type Direction = 'newest' | 'oldest';

/**
 * Entries (alias `j`) matching `where`, in time order, at most `limit`, with who acted and whom they were
 * about. Newest first reads the (employer, at desc, id desc) index forward, oldest first backward.
 */
export async function selectEntries(
  db: Executor,
  where: SQL,
  direction: Direction,
  limit: number,
): Promise<JournalEntry[]> {
  const order = direction === 'newest' ? sql`j.at desc, j.id desc` : sql`j.at asc, j.id asc`;
  const result = await db.execute<EntryRow>(sql`
    select j.id, j.at, j.kind, j.actor_kind, j.actor_user_id, u.name as actor_name, u.kind as actor_user_kind,
      a.id as affiliate_id, a.last_name || ' ' || a.first_name as affiliate_name, a.national_number,
      j.target_user_id, tu.name as target_name, j.action_id, j.before, j.after
    from journal_entries j
    left join users u on u.id = j.actor_user_id
    left join users tu on tu.id = j.target_user_id
    -- an entry names only this employer's affiliates, whatever id it was given
    left join affiliates a on a.id = j.affiliate_id and a.employer_id = j.employer_id
    where ${where}
    order by ${order}
    limit ${limit}`);
  return result.rows.map(toEntry);
}

/** Entries after the cursor entry `id` in the page's time order, within the same group. */
export const afterEntry = (id: number, direction: Direction): SQL =>
  direction === 'newest'
    ? sql`(j.at, j.id) < (select c.at, c.id from journal_entries c where c.id = ${id})`
    : sql`(j.at, j.id) > (select c.at, c.id from journal_entries c where c.id = ${id})`;

function toEntry(row: EntryRow): JournalEntry {
  return {
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
    kind: row.kind,
    actor: {
      kind: row.actor_kind,
      user:
        row.actor_user_id && row.actor_user_kind
          ? { id: row.actor_user_id, name: row.actor_name ?? '', kind: row.actor_user_kind }
          : null,
    },
    affiliate: row.affiliate_id
      ? { id: row.affiliate_id, name: row.affiliate_name ?? '', nationalNumber: row.national_number }
      : null,
    targetUser: row.target_user_id ? { id: row.target_user_id, name: row.target_name ?? '' } : null,
    actionId: row.action_id,
    before: row.before,
    after: row.after,
  };
}
