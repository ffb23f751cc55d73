import type { SessionResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoWorld,
  TEST_PASSWORD,
  belgianDay,
  createUser,
  loadDemoWorld,
  sessionIdOf,
} from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';
import { MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_MINUTES } from './login-throttle';

const { memberships, sessions, users } = schema;

let t: TestApp;
let world: DemoWorld;
const IDLE_MINUTES = 30;

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: String(IDLE_MINUTES) });
  world = await loadDemoWorld(t.db);
});
afterAll(async () => {
  await t?.close();
});

const logIn = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/session', payload: payload as object, headers });
const whoAmI = (cookie?: string) => client(t.app, cookie).get('/api/session');

describe('POST /api/session', () => {
  it('logs in with good credentials: the user, their employers and an httpOnly, SameSite=Strict cookie', async () => {
    const response = await logIn({ email: 'master@demo.groupdesk.be', password: 'groupdesk-demo' });
    expect(response.statusCode).toBe(200);
    const body = response.json<SessionResponse>();
    expect(body.user).toMatchObject({
      email: 'master@demo.groupdesk.be',
      name: 'Sophie Master',
      kind: 'employer',
    });
    expect(body.employers.map((employer) => [employer.name, employer.access, employer.canWrite])).toEqual([
      ['Atelier Lumière SRL', 'master', true],
      ['Brasserie Van Damme SA', 'master', true],
    ]);
    expect(response.body).not.toMatch(/password|hash/i);

    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^groupdesk_session=[^;]+/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\/(;|$)/);
    const cookie = response.cookies.find((c) => c.name === 'groupdesk_session')!;
    // the cookie lives as long as the session at most (cookie dates have whole seconds)
    expect(Math.abs(cookie.expires!.getTime() - Date.parse(body.expiresAt))).toBeLessThan(1_000);
  });

  it('accepts the e-mail address in any case and with surrounding spaces', async () => {
    const response = await logIn({ email: '  HR@Demo.GroupDesk.be ', password: 'groupdesk-demo' });
    expect(response.statusCode).toBe(200);
    expect(response.json<SessionResponse>().user.email).toBe('hr@demo.groupdesk.be');
  });

  it('answers a wrong password and an unknown account alike: 401, same code and message, no cookie', async () => {
    const wrongPassword = await logIn({ email: 'viewer@demo.groupdesk.be', password: 'not-the-password' });
    const unknownUser = await logIn({ email: 'nobody@demo.groupdesk.be', password: 'groupdesk-demo' });
    const first = expectError(wrongPassword, 401, 'invalid_credentials');
    const second = expectError(unknownUser, 401, 'invalid_credentials');
    expect(second).toEqual(first);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
    expect(unknownUser.headers['set-cookie']).toBeUndefined();
  });

  it(`throttles an account after ${MAX_FAILURES_PER_ACCOUNT} failures: 429 with Retry-After, even with the right password`, async () => {
    await createUser(t.db, { email: 'throttled@test.groupdesk.be' });
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expectError(
        await logIn({ email: 'throttled@test.groupdesk.be', password: 'guess' }),
        401,
        'invalid_credentials',
      );
    }
    const refused = await logIn({ email: 'throttled@test.groupdesk.be', password: TEST_PASSWORD });
    expectError(refused, 429, 'too_many_attempts');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE_WINDOW_MINUTES * 60);
    expect(refused.headers['set-cookie']).toBeUndefined();

    // the limit is per account: another one still logs in from the same address
    expect((await logIn({ email: 'master@demo.groupdesk.be', password: 'groupdesk-demo' })).statusCode).toBe(
      200,
    );
  });

  it('throttles an unknown account the same way, so that 429 does not tell which accounts exist', async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expectError(
        await logIn({ email: 'ghost@test.groupdesk.be', password: 'guess' }),
        401,
        'invalid_credentials',
      );
    }
    expectError(
      await logIn({ email: 'ghost@test.groupdesk.be', password: 'guess' }),
      429,
      'too_many_attempts',
    );
  });
});

describe('GET and DELETE /api/session', () => {
  it('tells who is logged in with the cookie, and answers 401 without it or with a forged one', async () => {
    const cookie = await login(t.app, 'viewer@demo.groupdesk.be');
    const response = await whoAmI(cookie);
    expect(response.statusCode).toBe(200);
    const body = response.json<SessionResponse>();
    expect(body.user.email).toBe('viewer@demo.groupdesk.be');
    expect(body.employers).toEqual([
      expect.objectContaining({
        name: 'Brasserie Van Damme SA',
        access: 'read',
        canWrite: false,
        contractIds: null,
      }),
    ]);

    expectError(await whoAmI(), 401, 'unauthorized');
    const [name, value] = cookie.split('=') as [string, string];
    expectError(
      await whoAmI(`${name}=${value.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`),
      401,
      'unauthorized',
    );
    expectError(await whoAmI(`${name}=${value.slice(0, value.lastIndexOf('.'))}`), 401, 'unauthorized');
  });

  it('logs out: the cookie is cleared and no longer works', async () => {
    const cookie = await login(t.app, 'viewer@demo.groupdesk.be');
    const response = await client(t.app, cookie).send({ method: 'DELETE', url: '/api/session' });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(/^groupdesk_session=;.*Expires=Thu, 01 Jan 1970/);
    expectError(await whoAmI(cookie), 401, 'unauthorized');
    const rows = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, sessionIdOf(cookie)));
    expect(rows).toEqual([]);
  });

  it('logging out without a session is harmless', async () => {
    expect((await t.app.inject({ method: 'DELETE', url: '/api/session' })).statusCode).toBe(204);
  });

  it('rotates the session id at login: a cookie held before logging in again is worth nothing after', async () => {
    const before = await login(t.app, 'hr@demo.groupdesk.be');
    const response = await logIn(
      { email: 'hr@demo.groupdesk.be', password: 'groupdesk-demo' },
      { cookie: before },
    );
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'groupdesk_session')!;
    const after = `${cookie.name}=${cookie.value}`;
    expect(after).not.toBe(before);
    expectError(await whoAmI(before), 401, 'unauthorized');
    expect((await whoAmI(after)).statusCode).toBe(200);
  });

  it('keeps the table free of tokens: the sessions row holds a hash, not the cookie value', async () => {
    const cookie = await login(t.app, 'hr@demo.groupdesk.be');
    const token = cookie.slice(cookie.indexOf('=') + 1).split('.')[0]!;
    const rows = await t.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.id, sessionIdOf(cookie)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toContain(token);
  });
});

describe('session expiry', () => {
  const moveSession = (cookie: string, changes: { lastSeenAt?: Date; expiresAt?: Date }) =>
    t.db
      .update(sessions)
      .set(changes)
      .where(eq(sessions.id, sessionIdOf(cookie)));
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  it(`ends a session idle for more than SESSION_IDLE_MINUTES (${IDLE_MINUTES})`, async () => {
    const cookie = await login(t.app, 'viewer@demo.groupdesk.be');
    await moveSession(cookie, { lastSeenAt: minutesAgo(IDLE_MINUTES + 1) });
    expectError(await whoAmI(cookie), 401, 'unauthorized');
    // and it stays ended once the user comes back
    expectError(await whoAmI(cookie), 401, 'unauthorized');
  });

  it('keeps a session that is used within the idle limit, and slides its idle limit', async () => {
    const cookie = await login(t.app, 'viewer@demo.groupdesk.be');
    await moveSession(cookie, { lastSeenAt: minutesAgo(IDLE_MINUTES - 1) });
    expect((await whoAmI(cookie)).statusCode).toBe(200);
    const [row] = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, sessionIdOf(cookie)));
    expect(Date.now() - row!.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it('ends a session past its absolute expiry however active it is', async () => {
    const cookie = await login(t.app, 'viewer@demo.groupdesk.be');
    await moveSession(cookie, { expiresAt: new Date(Date.now() - 1_000) });
    expectError(await whoAmI(cookie), 401, 'unauthorized');
  });

  it('ends the sessions of a user who is disabled', async () => {
    await createUser(t.db, {
      email: 'leaving@test.groupdesk.be',
      memberships: [{ employerId: world.employerId.vanDamme }],
    });
    const cookie = await login(t.app, 'leaving@test.groupdesk.be', TEST_PASSWORD);
    await t.db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(eq(users.email, 'leaving@test.groupdesk.be'));
    expectError(await whoAmI(cookie), 401, 'unauthorized');
    expectError(
      await logIn({ email: 'leaving@test.groupdesk.be', password: TEST_PASSWORD }),
      401,
      'invalid_credentials',
    );
  });
});

describe('a user whose every access has ended', () => {
  const endAccess = (userId: string, employerId: string, change: { endDate?: string; revokedAt?: Date }) =>
    t.db
      .update(memberships)
      .set(change)
      .where(and(eq(memberships.userId, userId), eq(memberships.employerId, employerId)));

  it.each([
    ['reached the end date of their only access', { endDate: belgianDay(-1) }],
    ['had their only access revoked', { revokedAt: new Date() }],
  ])('loses the session at once and cannot log in again once they %s', async (_case, change) => {
    const email = `ended-${Object.keys(change)[0]!.toLowerCase()}@test.groupdesk.be`;
    const userId = await createUser(t.db, {
      email,
      memberships: [{ employerId: world.employerId.vanDamme, endDate: belgianDay(0) }],
    });
    const cookie = await login(t.app, email, TEST_PASSWORD);
    expect((await whoAmI(cookie)).statusCode).toBe(200);

    await endAccess(userId, world.employerId.vanDamme, change);
    expectError(await whoAmI(cookie), 401, 'unauthorized');
    const again = await logIn({ email, password: TEST_PASSWORD });
    expectError(again, 403, 'access_ended');
    expect(again.cookies.find((c) => c.name === 'groupdesk_session')).toBeUndefined();
    // the right password is needed to learn it: a wrong one still says only that the login failed
    expectError(await logIn({ email, password: 'not-the-password' }), 401, 'invalid_credentials');
  });

  it('keeps the session of a user whose access to one employer ended while another remains', async () => {
    const email = 'two-employers@test.groupdesk.be';
    const userId = await createUser(t.db, {
      email,
      memberships: [{ employerId: world.employerId.vanDamme }, { employerId: world.employerId.peeters }],
    });
    const cookie = await login(t.app, email, TEST_PASSWORD);
    await endAccess(userId, world.employerId.vanDamme, { endDate: belgianDay(-1) });
    const session = await whoAmI(cookie);
    expect(session.statusCode).toBe(200);
    expect(session.json<SessionResponse>().employers.map((employer) => employer.id)).toEqual([
      world.employerId.peeters,
    ]);
    expect((await logIn({ email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('does not concern the insurer’s account managers, who hold no employer access', async () => {
    await createUser(t.db, { email: 'new-am@insurer.test', kind: 'account-manager' });
    const cookie = await login(t.app, 'new-am@insurer.test', TEST_PASSWORD);
    expect((await whoAmI(cookie)).statusCode).toBe(200);
  });
});

describe('PATCH /api/session', () => {
  it('changes the interface language for good', async () => {
    const cookie = await login(t.app, 'master@demo.groupdesk.be');
    const response = await client(t.app, cookie).patch('/api/session', { language: 'nl' });
    expect(response.statusCode).toBe(200);
    expect(response.json<SessionResponse>().user.language).toBe('nl');
    expect((await whoAmI(cookie)).json<SessionResponse>().user.language).toBe('nl');
    const [user] = await t.db.select().from(users).where(eq(users.email, 'master@demo.groupdesk.be'));
    expect(user!.language).toBe('nl');
    // a new session sees it too
    const again = await login(t.app, 'master@demo.groupdesk.be');
    expect((await whoAmI(again)).json<SessionResponse>().user.language).toBe('nl');
  });

  it('needs a session', async () => {
    expectError(await client(t.app).patch('/api/session', { language: 'en' }), 401, 'unauthorized');
  });

  it.each([
    ['an empty body', {}, 'language', 'required'],
    ['a language the interface does not have', { language: 'de' }, 'language', 'invalid_value'],
    ['an unknown language', { language: 'xx' }, 'language', 'invalid_value'],
    ['a number', { language: 1 }, 'language', 'invalid_value'],
    ['an unknown field', { language: 'fr', theme: 'dark' }, 'theme', 'unknown_field'],
  ])('refuses %s with 400 and per-field details', async (_case, payload, path, code) => {
    const cookie = await login(t.app, 'viewer@demo.groupdesk.be');
    const error = expectError(
      await client(t.app, cookie).patch('/api/session', payload),
      400,
      'validation_failed',
    );
    expect(error.details).toContainEqual(expect.objectContaining({ path, code }));
    const [user] = await t.db.select().from(users).where(eq(users.email, 'viewer@demo.groupdesk.be'));
    expect(user!.language).toBe('nl');
  });
});

describe('bad log-in requests never give a 500', () => {
  const long = 'x'.repeat(10_000);
  const json = { 'content-type': 'application/json' };

  it.each([
    ['no fields', {}, ['email', 'password']],
    ['no password', { email: 'hr@demo.groupdesk.be' }, ['password']],
    ['an empty e-mail address', { email: '   ', password: 'x' }, ['email']],
    ['an unknown field', { email: 'hr@demo.groupdesk.be', password: 'x', admin: true }, ['admin']],
    ['wrong types', { email: 42, password: ['groupdesk-demo'] }, ['email', 'password']],
    ['a 10,000-character e-mail address', { email: `${long}@demo.groupdesk.be`, password: 'x' }, ['email']],
    ['a 10,000-character password', { email: 'hr@demo.groupdesk.be', password: long }, ['password']],
  ])('%s: 400 with the fields in error', async (_case, payload, paths) => {
    const error = expectError(await logIn(payload), 400, 'validation_failed');
    expect(error.details!.map((detail) => detail.path).sort()).toEqual(paths);
  });

  it.each([
    ['a JSON array', '[]', json, 400],
    ['JSON null', 'null', json, 400],
    ['a body that is not JSON', '{"email": "hr@demo.groupdesk.be", ', json, 400],
    ['an empty JSON body', '', json, 400],
    [
      'a form-urlencoded body',
      'email=hr%40demo.groupdesk.be&password=groupdesk-demo',
      { 'content-type': 'application/x-www-form-urlencoded' },
      415,
    ],
    [
      'a text/plain body',
      '{"email":"hr@demo.groupdesk.be","password":"groupdesk-demo"}',
      { 'content-type': 'text/plain' },
      415,
    ],
    ['a body of an unknown type', 'x', { 'content-type': 'application/xml' }, 415],
    [
      'a body over the 1 MB limit',
      JSON.stringify({ email: 'hr@demo.groupdesk.be', password: 'x'.repeat(1_100_000) }),
      json,
      413,
    ],
  ])('%s: %i', async (_case, payload, headers, status) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/session', payload, headers });
    expectError(response, status);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('an e-mail address holding a NUL character, which PostgreSQL cannot store: 400', async () => {
    const error = expectError(
      await logIn({ email: 'hr\u0000@demo.groupdesk.be', password: 'groupdesk-demo' }),
      400,
      'validation_failed',
    );
    expect(error.details).toEqual([expect.objectContaining({ path: 'email', code: 'invalid_value' })]);
  });

  it('none of these counted as a failed log-in of the account', async () => {
    expect((await logIn({ email: 'hr@demo.groupdesk.be', password: 'groupdesk-demo' })).statusCode).toBe(200);
    const [row] = await t.db
      .execute<{ failures: number }>(
        sql`select count(*)::int as failures from login_attempts where email = 'hr@demo.groupdesk.be' and not succeeded`,
      )
      .then((result) => result.rows);
    expect(row!.failures).toBe(0);
  });
});
