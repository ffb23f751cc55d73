import { type Database, type Executor, schema } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { and, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';
import type { SecretBox } from '../../lib/secret-box';
import { writeAccountJournal } from '../journal/journal';
import type { SessionUser } from '../session/session-store';
import {
  deleteRecoveryCodes,
  looksLikeRecoveryCode,
  replaceRecoveryCodes,
  useRecoveryCode,
} from './recovery-codes';
import { matchTotp, newTotpSecret, otpauthUri } from './totp';

const { memberships, users } = schema;

const ISSUER = 'groupdesk';

export async function hasTwoFactor(db: Executor, userId: string): Promise<boolean> {
  const [user] = await db.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  return Boolean(user?.enabledAt);
}

/** A Master User of any employer, now: once enrolled, they cannot switch two-factor off. */
export async function isMasterUser(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.role, 'master'),
        isNull(memberships.revokedAt),
        or(isNull(memberships.endDate), gte(memberships.endDate, todayInBelgium())),
      ),
    );
  return (row?.n ?? 0) > 0;
}

export const codeError = (path = 'code') =>
  new HttpError(400, 'validation_failed', 'The request is not valid; see details.', [
    { path, code: 'totp.invalid', message: 'This code is not right, or it was used already.' },
  ]);

/** Starts (or starts again) an enrolment: a new secret, not asked at sign-in until a first code confirms it. */
export async function startEnrolment(db: Database, secrets: SecretBox, user: SessionUser) {
  if (await hasTwoFactor(db, user.id)) {
    throw new HttpError(409, 'two_factor_enabled', 'Two-factor sign-in is already on.');
  }
  const secret = newTotpSecret();
  await db
    .update(users)
    .set({ totpSecret: secrets.seal(secret), totpLastStep: null })
    .where(eq(users.id, user.id));
  return { secret, otpauthUri: otpauthUri({ secret, account: user.email, issuer: ISSUER }) };
}

/**
 * Accepts a code of the user's secret once: the step it belongs to must be later than the last one
 * accepted, so that a code seen over someone's shoulder is worth nothing afterwards.
 */
async function acceptTotp(tx: Executor, secrets: SecretBox, userId: string, code: string) {
  const [user] = await tx.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId));
  if (!user?.secret) return false;
  const step = matchTotp(secrets.open(user.secret), code, Date.now());
  if (step === null) return false;
  const accepted = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return accepted.length > 0;
}

/** The first code proves the app holds the secret: two-factor is on, and the recovery codes are shown once. */
export async function confirmEnrolment(
  db: Database,
  secrets: SecretBox,
  user: SessionUser,
  code: string,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    if (await hasTwoFactor(tx, user.id)) {
      throw new HttpError(409, 'two_factor_enabled', 'Two-factor sign-in is already on.');
    }
    const [row] = await tx.select({ secret: users.totpSecret }).from(users).where(eq(users.id, user.id));
    if (!row?.secret) throw new HttpError(409, 'no_enrolment', 'Start the enrolment first.');
    if (!(await acceptTotp(tx, secrets, user.id, code))) throw codeError();
    await tx.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, user.id));
    const codes = await replaceRecoveryCodes(tx, user.id);
    await writeAccountJournal(tx, {
      kind: 'user.two-factor-enabled',
      actorUserId: user.id,
      targetUserId: user.id,
    });
    return codes;
  });
}

/** A code of the app or a recovery code, used up; which one it was, or null when neither. */
export async function verifySecondFactor(
  tx: Executor,
  secrets: SecretBox,
  userId: string,
  code: string,
): Promise<'totp' | 'recovery-code' | null> {
  const digits = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(digits)) return (await acceptTotp(tx, secrets, userId, digits)) ? 'totp' : null;
  if (looksLikeRecoveryCode(code)) return (await useRecoveryCode(tx, userId, code)) ? 'recovery-code' : null;
  return null;
}

/** Switches two-factor off; the caller checked the password and, for a Master User, a code. */
export async function disableTwoFactor(tx: Executor, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where(eq(users.id, userId));
  await deleteRecoveryCodes(tx, userId);
  await writeAccountJournal(tx, {
    kind: 'user.two-factor-disabled',
    actorUserId: userId,
    targetUserId: userId,
  });
}
