import type { JournalUser } from '@groupdesk/contracts';
import type { Executor } from '@groupdesk/db';
import { sql } from 'drizzle-orm';

/**
 * The distinct kinds of an employer's journal. A loose index scan: one probe of the (employer, kind, …)
 * index per kind, rather than reading a million entries to find twenty kinds.
 */
export async function journalKinds(db: Executor, employerId: string): Promise<string[]> {
  const result = await db.execute<{ kind: string }>(sql`
    with recursive kinds(kind) as (
      (select kind from journal_entries where employer_id = ${employerId} order by kind limit 1)
      union all
      select (select j.kind from journal_entries j where j.employer_id = ${employerId} and j.kind > k.kind
        order by j.kind limit 1)
      from kinds k where k.kind is not null
    )
    select kind from kinds where kind is not null`);
  return result.rows.map((row) => row.kind);
}

/** The users who acted in an employer's journal, by name; the same loose scan over (employer, actor, …). */
export async function journalActors(db: Executor, employerId: string): Promise<JournalUser[]> {
  const result = await db.execute<JournalUser>(sql`
    with recursive actors(id) as (
      (select actor_user_id from journal_entries where employer_id = ${employerId} and actor_user_id is not null
        order by actor_user_id limit 1)
      union all
      select (select j.actor_user_id from journal_entries j where j.employer_id = ${employerId}
        and j.actor_user_id > a.id order by j.actor_user_id limit 1)
      from actors a where a.id is not null
    )
    select u.id, u.name, u.kind from actors a join users u on u.id = a.id order by u.name, u.id`);
  return result.rows;
}

/** The users whom an employer's journal entries are about (their access), by name; a loose scan as above. */
export async function journalTargetUsers(db: Executor, employerId: string): Promise<JournalUser[]> {
  const result = await db.execute<JournalUser>(sql`
    with recursive targets(id) as (
      (select target_user_id from journal_entries where employer_id = ${employerId} and target_user_id is not null
        order by target_user_id limit 1)
      union all
      select (select j.target_user_id from journal_entries j where j.employer_id = ${employerId}
        and j.target_user_id > t.id order by j.target_user_id limit 1)
      from targets t where t.id is not null
    )
    select u.id, u.name, u.kind from targets t join users u on u.id = t.id order by u.name, u.id`);
  return result.rows;
}

/**
 * Who acted in the entries by or about one user, by name, and null last when the portal, the back office or
 * a job did: the groups of the journal sorted by user and filtered on that user.
 */
export async function actorsAroundUser(
  db: Executor,
  employerId: string,
  userId: string,
): Promise<Array<string | null>> {
  const result = await db.execute<{ id: string | null }>(sql`
    select a.id from (select distinct actor_user_id as id from journal_entries
      where employer_id = ${employerId} and (actor_user_id = ${userId} or target_user_id = ${userId})) a
    left join users u on u.id = a.id order by a.id is null, u.name, a.id`);
  return result.rows.map((row) => row.id);
}

/** Whether entries without a user (the portal, the back office, a job) exist: they form a group of their own. */
export async function hasEntriesWithoutUser(db: Executor, employerId: string): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`
    select exists (select 1 from journal_entries where employer_id = ${employerId} and actor_user_id is null) as found`);
  return result.rows[0]?.found ?? false;
}
