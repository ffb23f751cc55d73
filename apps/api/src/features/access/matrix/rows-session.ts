import { sql } from 'drizzle-orm';
import { codeNow } from '../../../../test/accounts';
import type { MatrixContext } from './context';
import { anyUser, everyone, row } from './row';
import { type Role, accounts } from './roles';

const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const emailOf = (role: Role) => (role === 'anonymous' ? 'nobody@test.groupdesk.be' : accounts[role].email);
const passwordOf = (role: Role) => (role === 'anonymous' ? 'not a password' : accounts[role].password);

async function setTwoFactor(context: MatrixContext, role: Role, enabled: boolean) {
  await context.t.db.execute(sql`update users set totp_secret = ${enabled ? TOTP_SECRET : null},
    totp_enabled_at = ${enabled ? sql`now()` : null}, totp_last_step = null where email = ${emailOf(role)}`);
}

/** Logging in and out, one's own account and its security, set-password links. */
export const sessionRows = [
  // each role logs in with its own address and password (anonymous: an unknown address); the consultant
  // whose mission ended is told their access ended
  row('POST', '/api/session', [401, 200, 200, 200, 200, 200, 200, 403], (_c, role) => ({
    url: '/api/session',
    payload: { email: emailOf(role), password: passwordOf(role) },
    cookie: '',
  })),
  row('GET', '/api/session', anyUser(200), () => ({ url: '/api/session' })),
  row('PATCH', '/api/session', anyUser(200), () => ({ url: '/api/session', payload: { language: 'en' } })),
  row('DELETE', '/api/session', everyone(204), async (c, role) => ({
    url: '/api/session',
    cookie: (await c.freshCookie(role)) ?? '',
  })),
  // the second step without a first one: the password step was never passed
  row('POST', '/api/session/two-factor', everyone(401), () => ({
    url: '/api/session/two-factor',
    payload: { code: '123456' },
  })),
  row('GET', '/api/account', anyUser(200), () => ({ url: '/api/account' })),
  row(
    'PUT',
    '/api/account/password',
    anyUser(204),
    async (c, role) => ({
      url: '/api/account/password',
      payload: { currentPassword: passwordOf(role), newPassword: `${passwordOf(role)}-changed-once` },
      cookie: (await c.freshCookie(role)) ?? '',
    }),
    async (c, role) => {
      await c.restorePassword(emailOf(role));
      c.forget(role);
    },
  ),
  row('GET', '/api/account/sessions', anyUser(200), () => ({ url: '/api/account/sessions' })),
  row(
    'DELETE',
    '/api/account/sessions',
    anyUser(200),
    async (c, role) => ({ url: '/api/account/sessions', cookie: (await c.freshCookie(role)) ?? '' }),
    async (c, role) => c.forget(role),
  ),
  // another session of the HR officer (write): theirs to end, nobody else's
  row('DELETE', '/api/account/sessions/{sessionId}', [401, 404, 200, 404, 404, 404, 404, 401], async (c) => ({
    url: `/api/account/sessions/${await c.writeUserOtherSession()}`,
  })),
  row(
    'POST',
    '/api/account/two-factor',
    anyUser(200),
    () => ({ url: '/api/account/two-factor', payload: {} }),
    (c, role) => setTwoFactor(c, role, false),
  ),
  row(
    'POST',
    '/api/account/two-factor/confirmation',
    anyUser(200),
    async (c, role) => {
      await c.t.db.execute(sql`update users set totp_secret = ${TOTP_SECRET}, totp_enabled_at = null,
        totp_last_step = null where email = ${emailOf(role)}`);
      return { url: '/api/account/two-factor/confirmation', payload: { code: codeNow(TOTP_SECRET) } };
    },
    (c, role) => setTwoFactor(c, role, false),
  ),
  row(
    'POST',
    '/api/account/two-factor/disable',
    // a Master User keeps two-factor sign-in once enrolled
    [401, 204, 204, 409, 204, 204, 204, 401],
    async (c, role) => {
      await setTwoFactor(c, role, true);
      return {
        url: '/api/account/two-factor/disable',
        payload: { password: passwordOf(role), code: codeNow(TOTP_SECRET) },
      };
    },
    (c, role) => setTwoFactor(c, role, false),
  ),
  // set-password links are public: whoever asks gets the same answer, and an unknown link is unknown to all
  row('POST', '/api/password/forgotten', everyone(202), (_c, role) => ({
    url: '/api/password/forgotten',
    payload: { email: emailOf(role) },
  })),
  row('POST', '/api/password/link', everyone(404), () => ({
    url: '/api/password/link',
    payload: { token: 'no-such-link-0123456789abcdef' },
  })),
  row('POST', '/api/password/link/renewal', everyone(202), () => ({
    url: '/api/password/link/renewal',
    payload: { token: 'no-such-link-0123456789abcdef' },
  })),
  row('POST', '/api/password', everyone(404), () => ({
    url: '/api/password',
    payload: { token: 'no-such-link-0123456789abcdef', password: 'a long enough password' },
  })),
];
