import type { SessionResponse } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { normalizeEmail } from '@groupdesk/domain';
import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { listEmployerAccess } from '../access/employer-access';
import type { ActiveSession, SessionUser } from './session-store';

const { users } = schema;

// argon2id with OWASP's recommended cost (19 MiB, 2 passes)
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);

// Compared against when the account does not exist, so that both failures take the same time.
const decoyHash = hashPassword('groupdesk-decoy-password');

/** The user for these credentials, or null: the caller cannot tell an unknown account from a wrong password. */
export async function verifyCredentials(
  db: Executor,
  email: string,
  password: string,
): Promise<SessionUser | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  if (!user?.passwordHash || user.disabledAt) {
    await verify(await decoyHash, password).catch(() => false);
    return null;
  }
  const ok = await verify(user.passwordHash, password).catch(() => false);
  if (!ok) return null;
  return { id: user.id, email: user.email, name: user.name, language: user.language, kind: user.kind };
}

/** An employer's user whose every access was revoked or has passed its end date may not sign in any more. */
export async function hasAccessLeft(db: Executor, user: SessionUser): Promise<boolean> {
  return user.kind !== 'employer' || (await listEmployerAccess(db, user)).length > 0;
}

export async function describeSession(db: Executor, session: ActiveSession): Promise<SessionResponse> {
  const access = await listEmployerAccess(db, session.user);
  return {
    user: session.user,
    employers: access.map((entry) => ({
      id: entry.employerId,
      name: entry.employerName,
      access: entry.access,
      canWrite: entry.canWrite,
      contractIds: entry.contractIds,
      endDate: entry.endDate,
    })),
    expiresAt: session.expiresAt.toISOString(),
  };
}

export async function updateUserLanguage(db: Executor, userId: string, language: SessionUser['language']) {
  await db.update(users).set({ language }).where(eq(users.id, userId));
}
