import { type Database, type Executor, schema } from '@groupdesk/db';
import { verify } from '@node-rs/argon2';
import { and, eq, isNull } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';
import { writeAccountJournal } from '../journal/journal';
import { assertPasswordAllowed } from '../password/password-service';
import { assertLoginAllowed, recordLoginAttempt } from '../session/login-throttle';
import { hashPassword } from '../session/session-service';
import { type ActiveSession, deleteUserSessions } from '../session/session-store';

const { passwordTokens, users } = schema;

/**
 * Checks the password of the logged-in user before a sensitive change. A wrong one counts as a failed
 * login of the account (the same throttle), so that a stolen session cannot be used to guess it.
 */
export async function assertCurrentPassword(
  db: Executor,
  user: { id: string; email: string },
  password: string,
  client: { ip: string; path: string },
): Promise<void> {
  await assertLoginAllowed(db, user.email, client.ip);
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  const ok = row?.hash ? await verify(row.hash, password).catch(() => false) : false;
  if (ok) return;
  await recordLoginAttempt(db, user.email, client.ip, false);
  throw new HttpError(400, 'validation_failed', 'The request is not valid; see details.', [
    { path: client.path, code: 'password.wrong', message: 'This is not your current password.' },
  ]);
}

/** A new password: every other session of the user ends, and unused set-password links stop working. */
export async function changePassword(
  db: Database,
  session: ActiveSession,
  body: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<void> {
  const { user } = session;
  await assertCurrentPassword(db, user, body.currentPassword, { ip, path: 'currentPassword' });
  assertPasswordAllowed(body.newPassword, user.email, 'newPassword');
  const passwordHash = await hashPassword(body.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx
      .update(passwordTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordTokens.userId, user.id), isNull(passwordTokens.usedAt)));
    await deleteUserSessions(tx, user.id, session.id);
    await writeAccountJournal(tx, {
      kind: 'user.password-changed',
      actorUserId: user.id,
      targetUserId: user.id,
    });
  });
}
