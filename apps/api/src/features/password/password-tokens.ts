import { randomBytes } from 'node:crypto';
import { type Executor, schema } from '@groupdesk/db';
import { and, eq, isNull } from 'drizzle-orm';
import { hashToken } from '../session/session-store';

const { emailOutbox, passwordTokens } = schema;

/** An invitation link lasts three days (a weekend); a forgotten-password link two hours. */
export const LINK_HOURS = { invitation: 72, reset: 2 } as const;
export type LinkPurpose = keyof typeof LINK_HOURS;

interface LinkRequest {
  userId: string;
  purpose: LinkPurpose;
  /** the employer of an invitation: the e-mail names it */
  employerId: string | null;
  recipient: string;
  language: 'fr' | 'nl' | 'en' | 'de';
  /** groupdesk's address (APP_URL) */
  appUrl: string;
}

export function setPasswordUrl(appUrl: string, token: string): string {
  const url = new URL('set-password', appUrl.endsWith('/') ? appUrl : `${appUrl}/`);
  url.searchParams.set('token', token);
  return url.toString();
}

/**
 * Issues a one-time set-password link and queues its e-mail, in the caller's transaction. The table keeps
 * only the token's hash; the outbox keeps the link until it is sent. A new link replaces the user's
 * earlier ones, which stop working.
 */
export async function queuePasswordLink(tx: Executor, request: LinkRequest): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const hours = LINK_HOURS[request.purpose];
  await tx
    .update(passwordTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordTokens.userId, request.userId), isNull(passwordTokens.usedAt)));
  const [issued] = await tx
    .insert(passwordTokens)
    .values({
      userId: request.userId,
      purpose: request.purpose,
      tokenHash: hashToken(token),
      employerId: request.employerId,
      expiresAt: new Date(Date.now() + hours * 3_600_000),
    })
    .returning({ id: passwordTokens.id });
  await tx.insert(emailOutbox).values({
    employerId: request.employerId,
    userId: request.userId,
    kind: request.purpose === 'invitation' ? 'user-invitation' : 'password-reset',
    recipient: request.recipient,
    language: request.language,
    idempotencyKey: `password-link:${issued!.id}`,
    payload: { link: setPasswordUrl(request.appUrl, token), hours: String(hours) },
  });
}

/** The link of a token and its user, whatever its state; null when no link has this token. */
export async function findPasswordLink(tx: Executor, token: string, options: { lock?: boolean } = {}) {
  const query = tx
    .select({
      id: passwordTokens.id,
      purpose: passwordTokens.purpose,
      employerId: passwordTokens.employerId,
      expiresAt: passwordTokens.expiresAt,
      usedAt: passwordTokens.usedAt,
      user: {
        id: schema.users.id,
        email: schema.users.email,
        name: schema.users.name,
        language: schema.users.language,
        kind: schema.users.kind,
        disabledAt: schema.users.disabledAt,
        passwordHash: schema.users.passwordHash,
      },
      employerName: schema.employers.name,
    })
    .from(passwordTokens)
    .innerJoin(schema.users, eq(schema.users.id, passwordTokens.userId))
    .leftJoin(schema.employers, eq(schema.employers.id, passwordTokens.employerId))
    .where(eq(passwordTokens.tokenHash, hashToken(token)));
  const [row] = await (options.lock ? query.for('update', { of: passwordTokens }) : query);
  return row ?? null;
}
