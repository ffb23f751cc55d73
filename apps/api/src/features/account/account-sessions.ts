import type { AccountSession } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { and, desc, eq, gt, ne } from 'drizzle-orm';
import type { SessionPolicy } from '../session/session-store';

const { sessions } = schema;

/** The user's sessions still alive (neither idle too long nor past their end), most recent first. */
export async function listAccountSessions(
  db: Executor,
  userId: string,
  currentId: string,
  policy: SessionPolicy,
): Promise<AccountSession[]> {
  const now = Date.now();
  const rows = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, new Date(now)),
        gt(sessions.lastSeenAt, new Date(now - policy.idleMinutes * 60_000)),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((row) => ({
    id: row.publicId,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
    current: row.id === currentId,
  }));
}

/** Ends one of the user's sessions by its public id; which one it was, or null when it is not theirs. */
export async function endAccountSession(db: Executor, userId: string, publicId: string) {
  const [ended] = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.publicId, publicId)))
    .returning({ id: sessions.id });
  return ended ?? null;
}

/** Ends every session of the user but this one; returns how many. */
export async function endOtherSessions(db: Executor, userId: string, currentId: string): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, currentId)))
    .returning({ id: sessions.id });
  return ended.length;
}
