import type { PasswordLink } from '@groupdesk/contracts';
import { type Database, type Executor, schema } from '@groupdesk/db';
import { passwordProblem } from '@groupdesk/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';
import { writeAccountJournal, writeJournal } from '../journal/journal';
import { hasAccessLeft, hashPassword } from '../session/session-service';
import type { SessionUser } from '../session/session-store';
import { deleteUserSessions } from '../session/session-store';
import { findPasswordLink, queuePasswordLink } from './password-tokens';

const { passwordTokens, users } = schema;

const linkInvalid = () =>
  new HttpError(
    404,
    'link_invalid',
    'This link is not valid: it was already used or replaced by a newer one.',
  );
const linkExpired = () => new HttpError(410, 'link_expired', 'This link has expired. Ask for a new one.');

/** A new password refused for the user's address, as a field error of the form. */
export function assertPasswordAllowed(password: string, email: string, path = 'password') {
  const problem = passwordProblem(password, email);
  if (problem) {
    throw new HttpError(400, 'validation_failed', 'The request is not valid; see details.', [
      { path, code: problem, message: 'Choose a longer password that is not your e-mail address.' },
    ]);
  }
}

type Link = NonNullable<Awaited<ReturnType<typeof findPasswordLink>>>;

/** Unused, of an enabled user, who still has access somewhere: an invitation outlives no ended mission. */
async function isUsable(db: Executor, link: Link): Promise<boolean> {
  return !link.usedAt && !link.user.disabledAt && (await hasAccessLeft(db, link.user));
}

/** What the set-password page shows: whose link it is and what for; 404 used or unknown, 410 expired. */
export async function inspectPasswordLink(db: Database, token: string): Promise<PasswordLink> {
  const link = await findPasswordLink(db, token);
  if (!link || !(await isUsable(db, link))) throw linkInvalid();
  if (link.expiresAt <= new Date()) throw linkExpired();
  return {
    purpose: link.purpose,
    email: link.user.email,
    name: link.user.name,
    employerName: link.employerName,
    expiresAt: link.expiresAt.toISOString(),
  };
}

/**
 * A new link for the user of an existing one (expired, used or not), sent to their address: an invitation
 * again while they have no password, a reset link once they have one. Nothing is said to the caller.
 */
export async function renewPasswordLink(db: Database, token: string, appUrl: string): Promise<void> {
  await db.transaction(async (tx) => {
    const link = await findPasswordLink(tx, token);
    if (!link || link.user.disabledAt) return;
    const purpose = link.user.passwordHash ? 'reset' : 'invitation';
    await queuePasswordLink(tx, {
      userId: link.user.id,
      purpose,
      employerId: purpose === 'invitation' ? link.employerId : null,
      recipient: link.user.email,
      language: link.user.language,
      appUrl,
    });
  });
}

/** A forgotten password: a reset link to the address if it is a user's; the caller answers the same either way. */
export async function requestPasswordReset(db: Database, email: string, appUrl: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user || user.disabledAt) return;
    await queuePasswordLink(tx, {
      userId: user.id,
      purpose: 'reset',
      employerId: null,
      recipient: user.email,
      language: user.language,
      appUrl,
    });
    await writeAccountJournal(tx, { kind: 'user.password-reset-requested', targetUserId: user.id });
  });
}

/**
 * Sets the password of a link's user, once: the link and any other of theirs stop working, and every
 * session they had ends (whoever knew the old password is out). Returns the user, to log them in.
 */
export async function setPasswordWithLink(
  db: Database,
  token: string,
  password: string,
): Promise<SessionUser> {
  return db.transaction(async (tx) => {
    const link = await findPasswordLink(tx, token, { lock: true });
    if (!link || !(await isUsable(tx, link))) throw linkInvalid();
    if (link.expiresAt <= new Date()) throw linkExpired();
    assertPasswordAllowed(password, link.user.email);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.id, link.user.id));
    await tx
      .update(passwordTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordTokens.userId, link.user.id), isNull(passwordTokens.usedAt)));
    await deleteUserSessions(tx, link.user.id);
    await writeJournal(tx, {
      employerId: link.employerId,
      actorUserId: link.user.id,
      targetUserId: link.user.id,
      kind: 'user.password-set',
      after: { purpose: link.purpose },
    });
    const { id, email, name, language, kind } = link.user;
    return { id, email, name, language, kind };
  });
}
