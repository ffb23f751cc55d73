import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Between the password and the two-factor code, the user holds a signed cookie naming them, valid five
 * minutes and sent only to the second step. It is no session: it opens nothing but that step, whose
 * failures count against the account like wrong passwords.
 */
export const LOGIN_CHALLENGE_COOKIE = 'groupdesk_login';
export const LOGIN_CHALLENGE_MINUTES = 5;

const cookieOptions = {
  path: '/api/session',
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: 'auto' as const,
  signed: true,
};

export function startLoginChallenge(reply: FastifyReply, userId: string): void {
  const expiresAt = Date.now() + LOGIN_CHALLENGE_MINUTES * 60_000;
  void reply.setCookie(LOGIN_CHALLENGE_COOKIE, `${userId}.${expiresAt}`, {
    ...cookieOptions,
    expires: new Date(expiresAt),
  });
}

/** The user who gave the right password less than five minutes ago, or null. */
export function pendingLoginOf(request: FastifyRequest): string | null {
  const raw = request.cookies[LOGIN_CHALLENGE_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid) return null;
  const [userId, expiresAt] = unsigned.value.split('.');
  if (!userId || !expiresAt || Number(expiresAt) <= Date.now()) return null;
  return userId;
}

export function endLoginChallenge(reply: FastifyReply): void {
  void reply.clearCookie(LOGIN_CHALLENGE_COOKIE, cookieOptions);
}
