import { createHash, randomBytes } from 'node:crypto';
import { type Executor, schema } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { preparedOnce } from '../../lib/prepared-once';
import { membershipIsCurrent } from '../access/employer-access';

const { memberships, sessions, users } = schema;

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  language: 'fr' | 'nl' | 'en' | 'de';
  kind: 'employer' | 'account-manager' | 'admin';
}

export interface ActiveSession {
  id: string;
  user: SessionUser;
  expiresAt: Date;
}

/** The table keeps a hash of the cookie's token: a copy of it lets no one in. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Executor,
  userId: string,
  policy: SessionPolicy,
  client: { ip: string; userAgent: string | undefined },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = hashToken(token);
  const expiresAt = new Date(Date.now() + policy.absoluteHours * 3_600_000);
  await db.insert(sessions).values({
    id,
    userId,
    expiresAt,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 500),
  });
  // the Master User's list of users shows when each last signed in
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
  return { token, id, expiresAt };
}

/** Every request with a cookie reads its session: the query is prepared once per database. */
const sessionLookup = preparedOnce((db) =>
  db
    .select({
      id: sessions.id,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        language: users.language,
        kind: users.kind,
      },
      disabledAt: users.disabledAt,
      // an employer's user whose every access has ended (revoked, or past its end date) has nothing left here
      hasAccess: sql<boolean>`${users.kind} <> 'employer' or exists (
        select 1 from ${memberships} where ${memberships.userId} = ${users.id}
          and ${membershipIsCurrent(sql.placeholder('today'))})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('session_lookup'),
);

/**
 * The session of a token if it is neither idle too long nor past its absolute expiry, and its user still has
 * access to something; touches it. An external consultant's session thus ends on the day after their end date.
 */
export async function findActiveSession(
  db: Executor,
  token: string,
  policy: SessionPolicy,
): Promise<ActiveSession | null> {
  const id = hashToken(token);
  const idleLimit = new Date(Date.now() - policy.idleMinutes * 60_000);
  const [row] = await sessionLookup(db).execute({ id, today: todayInBelgium() });
  if (!row) return null;
  const now = new Date();
  if (row.expiresAt <= now || row.lastSeenAt < idleLimit || row.disabledAt || !row.hasAccess) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  // one write a minute at most per session, not one per request
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { id: row.id, user: row.user, expiresAt: row.expiresAt };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function deleteExpiredSessions(db: Executor, policy: SessionPolicy): Promise<void> {
  const idleLimit = new Date(Date.now() - policy.idleMinutes * 60_000);
  await db.delete(sessions).where(or(lt(sessions.expiresAt, sql`now()`), lt(sessions.lastSeenAt, idleLimit)));
}

export async function deleteUserSessions(db: Executor, userId: string, exceptId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptId
        ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptId}`)
        : eq(sessions.userId, userId),
    );
}
