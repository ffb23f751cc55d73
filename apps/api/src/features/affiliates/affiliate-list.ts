import type { AffiliateListQuery, AffiliateListResponse } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { type SQL, and, eq, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { listColumns } from './affiliate-columns';
import { contractsOfListed, isCountedList, listCondition, narrowingContracts } from './affiliate-list-filter';
import { afterCursor, cursorValuesOf, decodeCursor, encodeCursor, orderOf } from './affiliate-list-order';
import { countAffiliates, countAffiliatesOn, countedAffiliates, keptCount } from './affiliate-totals';

const { affiliates } = schema;

/** Where a page starts and which way the list is read to reach it. */
interface Reading {
  backward: boolean;
  keyset?: SQL;
  offset: number;
  /** rows of the page; one more is read to know whether the list goes on */
  rows: number;
}

/**
 * One page's rows: their ids first, from the index of the sort alone (the rows skipped to reach a deep page
 * are index entries, not table rows), then their columns and contracts for those rows only; `total` is
 * read along (one query for the page and its total).
 */
async function readPage(
  db: Executor,
  access: EmployerAccessContext,
  where: SQL | undefined,
  query: AffiliateListQuery,
  reading: Reading,
  total: SQL<number> | null,
) {
  const order = orderOf(query.sort, reading.backward);
  const page = db.$with('page').as(
    db
      .select({
        pageId: sql<string>`${affiliates.id}`.as('page_id'),
        found: (total ?? sql<number>`null::int`).as('found'),
      })
      .from(affiliates)
      .where(and(where, reading.keyset))
      .orderBy(...order)
      .limit(reading.rows + 1)
      .offset(reading.offset),
  );
  const rows = await db
    .with(page)
    .select({ ...listColumns, contracts: contractsOfListed(access), found: page.found })
    .from(page)
    .innerJoin(affiliates, eq(affiliates.id, page.pageId))
    .orderBy(...order);
  const more = rows.length > reading.rows;
  const kept = rows.slice(0, reading.rows);
  return { rows: reading.backward ? kept.reverse() : kept, more, found: rows[0]?.found ?? null };
}

/**
 * The employer's affiliates, a page at a time. `page` alone reads from the nearer end of the list (the last
 * page is as quick as the first); `after` or `before`, the cursors of the neighbouring page, seek straight
 * to it at any depth. The total comes from the kept counts when only the employment status narrows the list,
 * from the search's own pass, or from a count of what the filters find.
 */
export async function listAffiliates(
  db: Executor,
  access: EmployerAccessContext,
  query: AffiliateListQuery,
): Promise<AffiliateListResponse> {
  const where = listCondition(access, query);
  const size = query.pageSize;
  const offset = (query.page - 1) * size;
  const cursor = query.after ?? query.before;
  const position = decodeCursor(query.sort, cursor);
  const kept = isCountedList(access, query);
  // the far half of a long list is read from its end: how long it is must be known first
  const counted =
    kept && !position && offset > 0
      ? await countedAffiliates(db, access.employerId, query.employmentStatus)
      : null;

  let reading: Reading = { backward: false, offset, rows: size };
  if (position) {
    const backward = !query.after;
    reading = { backward, keyset: afterCursor(query.sort, backward, position), offset: 0, rows: size };
  } else if (counted !== null && offset > counted / 2) {
    // the last page skips nothing
    const fromEnd = counted - offset - size;
    reading = { backward: true, offset: Math.max(fromEnd, 0), rows: size + Math.min(fromEnd, 0) };
  }
  const onContracts = narrowingContracts(access, query);
  const countApart = () =>
    kept
      ? countedAffiliates(db, access.employerId, query.employmentStatus)
      : onContracts
        ? countAffiliatesOn(db, access.employerId, onContracts)
        : countAffiliates(db, where);
  // in the page's own query when it can: the kept count read along, or a search counting its matches
  const totalInPage =
    counted !== null
      ? null
      : kept
        ? keptCount(access.employerId, query.employmentStatus)
        : query.search && !position
          ? sql<number>`(count(*) over ())::int`
          : null;
  const [read, total] = await Promise.all([
    reading.rows > 0 ? readPage(db, access, where, query, reading, totalInPage) : null,
    counted ?? (totalInPage ? null : countApart()),
  ]);
  const rows = read?.rows ?? [];
  // a page past the end has no row to carry the total
  const found = total ?? read?.found ?? (await countApart());

  const first = rows[0];
  const last = rows.at(-1);
  // the rows read beyond the page, the cursor and the offset tell whether the list goes on either side
  const more = read?.more ?? false;
  const previousExists = position ? !reading.backward || more : reading.backward ? more : offset > 0;
  const nextExists = position ? reading.backward || more : reading.backward ? reading.offset > 0 : more;
  const cursorOf = (row: typeof first) =>
    row ? encodeCursor(query.sort, cursorValuesOf(query.sort, row)) : null;
  return {
    items: rows.map(({ found: _found, ...item }) => item),
    total: found,
    page: query.page,
    pageSize: size,
    cursors: { previous: previousExists ? cursorOf(first) : null, next: nextExists ? cursorOf(last) : null },
  };
}
