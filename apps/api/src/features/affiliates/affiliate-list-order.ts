import type { AffiliateSort } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { type SQL, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

const { affiliates } = schema;

type SortField = 'name' | 'nationalNumber' | 'email';
type Key = { column: AnyPgColumn; nullable: boolean };
export type CursorValues = (string | null)[];

/**
 * The keys of each sort, the id last: a total order, so that a cursor names one position exactly. Each has
 * an index on (employer_id, keys…) that reads it both ways; an address or number that is missing sorts
 * first, as in the indexes.
 */
const keysOf: Record<SortField, Key[]> = {
  name: [
    { column: affiliates.lastName, nullable: false },
    { column: affiliates.firstName, nullable: false },
    { column: affiliates.id, nullable: false },
  ],
  nationalNumber: [
    { column: affiliates.nationalNumber, nullable: true },
    { column: affiliates.id, nullable: false },
  ],
  email: [
    { column: affiliates.professionalEmail, nullable: true },
    { column: affiliates.id, nullable: false },
  ],
};

const fieldOf = (sort: AffiliateSort) => sort.replace(/^-/, '') as SortField;
/** ascending: the sort as asked for, or read backwards (the page before a cursor, the list's far end) */
const isAscending = (sort: AffiliateSort, backward: boolean) => sort.startsWith('-') === backward;

export function orderOf(sort: AffiliateSort, backward: boolean): SQL[] {
  const ascending = isAscending(sort, backward);
  return keysOf[fieldOf(sort)].map(({ column, nullable }) =>
    nullable
      ? sql`${column} ${sql.raw(ascending ? 'asc nulls first' : 'desc nulls last')}`
      : sql`${column} ${sql.raw(ascending ? 'asc' : 'desc')}`,
  );
}

/** The values of the sort's keys of a row: what a cursor holds. */
export function cursorValuesOf(
  sort: AffiliateSort,
  row: {
    lastName: string;
    firstName: string;
    nationalNumber: string | null;
    professionalEmail: string | null;
    id: string;
  },
): CursorValues {
  const field = fieldOf(sort);
  if (field === 'name') return [row.lastName, row.firstName, row.id];
  return [field === 'nationalNumber' ? row.nationalNumber : row.professionalEmail, row.id];
}

/** Opaque to the client: the sort and a row's keys, so that a cursor of another sort is not mistaken. */
export const encodeCursor = (sort: AffiliateSort, values: CursorValues) =>
  Buffer.from(JSON.stringify([sort, ...values])).toString('base64url');

/** The keys of a cursor made for this sort; null for one that is not (another sort, edited by hand). */
export function decodeCursor(sort: AffiliateSort, cursor: string | undefined): CursorValues | null {
  if (!cursor) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const keys = keysOf[fieldOf(sort)];
  if (!Array.isArray(decoded) || decoded[0] !== sort || decoded.length !== keys.length + 1) return null;
  const values = decoded.slice(1) as unknown[];
  const fits = values.every((value, index) =>
    value === null ? keys[index]!.nullable : typeof value === 'string' && !value.includes('\u0000'),
  );
  const id = values.at(-1);
  return fits && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? (values as CursorValues) : null;
}

/**
 * Rows after the cursor's row in the order read (`orderOf(sort, backward)`). On keys that are never null
 * it is one row comparison, which the index answers by seeking straight to the cursor, on page 4,000 as on
 * page 1; a nullable key needs its null block handled apart.
 */
export function afterCursor(sort: AffiliateSort, backward: boolean, values: CursorValues): SQL {
  const keys = keysOf[fieldOf(sort)];
  const ascending = isAscending(sort, backward);
  const operator = sql.raw(ascending ? '>' : '<');
  const id = values.at(-1)!;
  const row = (columns: SQL[]) => sql`(${sql.join(columns, sql`, `)})`;
  if (!keys[0]!.nullable) {
    const literals = values.map((value, index) =>
      index === values.length - 1 ? sql`${value}::uuid` : sql`${value}::text`,
    );
    return sql`${row(keys.map((key) => sql`${key.column}`))} ${operator} ${row(literals)}`;
  }
  const [key] = keys;
  const value = values[0];
  // nulls come first reading ascending, last reading descending
  if (value === null) {
    const inNullBlock = sql`(${key!.column} is null and ${affiliates.id} ${operator} ${id}::uuid)`;
    return ascending ? or(inNullBlock, sql`${key!.column} is not null`)! : inNullBlock;
  }
  const past = sql`(${key!.column}, ${affiliates.id}) ${operator} (${value}::text, ${id}::uuid)`;
  return ascending ? past : or(past, sql`${key!.column} is null`)!;
}
