import { type JournalFilter, isKnownJournalKind, journalKindLabels } from '@groupdesk/contracts';
import type { Executor } from '@groupdesk/db';
import { type SQL, and, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateSearchCondition } from '../affiliates/affiliate-search';
import { journalKinds } from './journal-groups';

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A user limited to some contracts sees the entries about the affiliates of those contracts and the entries
 * about no affiliate (an upload applied, a print); the others are hidden.
 */
function scopeCondition(access: EmployerAccessContext): SQL | undefined {
  if (access.contractIds === null) return undefined;
  if (access.contractIds.length === 0) return sql`j.affiliate_id is null`;
  const contracts = sql.join(
    access.contractIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`(j.affiliate_id is null or j.affiliate_id in (select ac.affiliate_id from affiliate_contracts ac
    where ac.employer_id = ${access.employerId} and ac.contract_id in (${contracts})))`;
}

const folded = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** A kind is found by its code or by its name in any language the page speaks ("modifiée", "gewijzigd"). */
function kindMatches(kind: string, text: string): boolean {
  const wanted = folded(text);
  if (kind.includes(wanted)) return true;
  return (
    isKnownJournalKind(kind) &&
    Object.values(journalKindLabels[kind]).some((label) => folded(label).includes(wanted))
  );
}

// past this many matching affiliates, the journal is read in its own order and each entry checked
const MANY_AFFILIATES = 1_000;

/** Entries a user made or that are about them (their access granted, changed, revoked). */
const byOrAbout = (users: SQL) => sql`(j.actor_user_id = ${users} or j.target_user_id = ${users})`;

/**
 * Free text over the kind, the name of the user who acted or whom the entry is about, and the affiliate's
 * name, number or address. The text is first turned into the kinds, users and affiliates it names, so that a
 * rare match is found through the indexes on those columns instead of a read of the whole journal; no match
 * at all reads nothing.
 */
async function searchCondition(
  db: Executor,
  access: EmployerAccessContext,
  search: string,
): Promise<SQL | undefined> {
  const text = search.trim().toLowerCase();
  if (text === '') return undefined;
  const pattern = `%${escapeLike(text)}%`;
  const affiliatesNamed = sql`select affiliates.id from affiliates
    where affiliates.employer_id = ${access.employerId} and ${affiliateSearchCondition(text)}`;
  const [kinds, users, affiliates] = await Promise.all([
    journalKinds(db, access.employerId).then((all) => all.filter((kind) => kindMatches(kind, text))),
    db
      .execute<{ id: string }>(sql`select id from users where search_text(name) like search_text(${pattern})`)
      .then((result) => result.rows.map((row) => row.id)),
    db
      .execute<{ id: string }>(sql`${affiliatesNamed} limit ${MANY_AFFILIATES + 1}`)
      .then((result) => result.rows.map((row) => row.id)),
  ]);
  const parts = [
    kinds.length > 0 ? sql`j.kind = any(${sql.param(kinds)}::text[])` : undefined,
    users.length > 0 ? byOrAbout(sql`any(${sql.param(users)}::uuid[])`) : undefined,
    affiliates.length > MANY_AFFILIATES
      ? sql`j.affiliate_id in (${affiliatesNamed})`
      : affiliates.length > 0
        ? sql`j.affiliate_id = any(${sql.param(affiliates)}::uuid[])`
        : undefined,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Days as the Belgian HR officer counts them, written so that the index on `at` bounds the scan. */
const dayStart = (day: string, plusDays = 0) =>
  sql`(${day}::date + ${plusDays}::int)::timestamp at time zone 'Europe/Brussels'`;

/** The entries of this employer the user may see, narrowed by the page's filters (alias `j`). */
export async function journalCondition(
  db: Executor,
  access: EmployerAccessContext,
  filter: Omit<JournalFilter, 'sort'>,
): Promise<SQL> {
  return and(
    sql`j.employer_id = ${access.employerId}`,
    scopeCondition(access),
    filter.from ? sql`j.at >= ${dayStart(filter.from)}` : undefined,
    filter.to ? sql`j.at < ${dayStart(filter.to, 1)}` : undefined,
    filter.kind ? sql`j.kind = ${filter.kind}` : undefined,
    filter.userId ? byOrAbout(sql`${filter.userId}`) : undefined,
    filter.affiliateId ? sql`j.affiliate_id = ${filter.affiliateId}` : undefined,
    filter.search ? await searchCondition(db, access, filter.search) : undefined,
  )!;
}
