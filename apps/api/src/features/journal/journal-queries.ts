import type {
  JournalEntry,
  JournalFilter,
  JournalListQuery,
  JournalListResponse,
} from '@groupdesk/contracts';
import type { Executor } from '@groupdesk/db';
import { type SQL, and, sql } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { type Direction, afterEntry, selectEntries } from './journal-entries';
import { journalCondition } from './journal-filters';
import {
  actorsAroundUser,
  hasEntriesWithoutUser,
  journalActors,
  journalKinds,
  journalTargetUsers,
} from './journal-groups';

/** A run of entries read in time order: all of them, or those of one kind or one user when sorted so. */
interface Group {
  key: string | null;
  condition?: SQL;
}

async function groupsOf(db: Executor, employerId: string, filter: JournalFilter): Promise<Group[]> {
  const { sort } = filter;
  if (sort === 'at' || sort === '-at') return [{ key: null }];
  let groups: Group[];
  if (sort === 'kind' || sort === '-kind') {
    const kinds = filter.kind ? [filter.kind] : await journalKinds(db, employerId);
    groups = kinds.map((kind) => ({ key: kind, condition: sql`j.kind = ${kind}` }));
  } else {
    // one user's entries are also those about them, made by others: grouped by whoever acted
    const actors = filter.userId
      ? await actorsAroundUser(db, employerId, filter.userId)
      : (await journalActors(db, employerId)).map((u) => u.id);
    // the portal, the back office and the jobs come after the people
    if (!filter.userId && (await hasEntriesWithoutUser(db, employerId))) actors.push(null);
    groups = actors.map((id) => ({
      key: id,
      condition: id === null ? sql`j.actor_user_id is null` : sql`j.actor_user_id = ${id}`,
    }));
  }
  return sort.startsWith('-') ? groups.reverse() : groups;
}

const invalidCursor = () =>
  new HttpError(400, 'invalid_cursor', 'This page of the journal does not exist; start from the first one.');

/** The group in which the previous page ended, from its last entry. */
async function groupIndexOf(
  db: Executor,
  employerId: string,
  filter: JournalFilter,
  groups: Group[],
  after: number,
) {
  const result = await db.execute<{ kind: string; actor_user_id: string | null }>(
    sql`select kind, actor_user_id from journal_entries where id = ${after} and employer_id = ${employerId}`,
  );
  const entry = result.rows[0];
  if (!entry) throw invalidCursor();
  if (filter.sort === 'at' || filter.sort === '-at') return 0;
  const key = filter.sort.includes('kind') ? entry.kind : entry.actor_user_id;
  const index = groups.findIndex((group) => group.key === key);
  if (index < 0) throw invalidCursor();
  return index;
}

/**
 * The entries a user may see, in the chosen order, in batches read by keyset (never an offset): the journal
 * page takes one batch, the export all of them. `after` is the last entry already shown.
 */
export async function* journalBatches(
  db: Executor,
  access: EmployerAccessContext,
  filter: JournalFilter,
  options: { after?: number; batchSize: number },
): AsyncGenerator<JournalEntry[]> {
  const where = await journalCondition(db, access, filter);
  const direction: Direction = filter.sort === 'at' ? 'oldest' : 'newest';
  const groups = await groupsOf(db, access.employerId, filter);
  let cursor = options.after ?? null;
  const start = cursor === null ? 0 : await groupIndexOf(db, access.employerId, filter, groups, cursor);
  for (const group of groups.slice(start)) {
    for (;;) {
      const condition = and(
        where,
        group.condition,
        cursor === null ? undefined : afterEntry(cursor, direction),
      )!;
      const batch = await selectEntries(db, condition, direction, options.batchSize);
      if (batch.length > 0) yield batch;
      if (batch.length < options.batchSize) break;
      cursor = batch.at(-1)!.id;
    }
    cursor = null;
  }
}

export async function listJournal(
  db: Executor,
  access: EmployerAccessContext,
  query: JournalListQuery,
): Promise<JournalListResponse> {
  const { after, pageSize, ...filter } = query;
  const items: JournalEntry[] = [];
  // one more than the page tells whether another page follows
  for await (const batch of journalBatches(db, access, filter, { after, batchSize: pageSize + 1 })) {
    items.push(...batch);
    if (items.length > pageSize) break;
  }
  const [kinds, actors, targets] = await Promise.all([
    journalKinds(db, access.employerId),
    journalActors(db, access.employerId),
    journalTargetUsers(db, access.employerId),
  ]);
  // the user filter offers whoever acted and whoever an entry is about (a consultant invited, not yet active)
  const users = [...new Map([...actors, ...targets].map((user) => [user.id, user])).values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  return {
    items: items.slice(0, pageSize),
    nextCursor: items.length > pageSize ? items[pageSize - 1]!.id : null,
    facets: { kinds, users },
  };
}
