import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createUser, sessionIdOf } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { DEMO_PASSWORD, createTestApp, createTestDatabase, login } from '../../../test/test-app';
import { loadConfig } from '../../config';
import { buildServer, loggerOptions } from '../../server-factory';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  THROTTLE_WINDOW_MINUTES,
} from '../session/login-throttle';

describe('log-in throttling', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const logIn = (email: string, password: string, remoteAddress: string) =>
    t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, remoteAddress });

  it(`refuses an address after ${MAX_FAILURES_PER_ADDRESS} failures on any accounts, with 429 and Retry-After; another address still logs in`, async () => {
    // fewer failures per account than the account limit: only the address's count can stop it
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt += 1) {
      const email = `spray-${attempt % (MAX_FAILURES_PER_ACCOUNT - 1)}-${attempt}@test.groupdesk.be`;
      expectError(await logIn(email, 'guess', '203.0.113.7'), 401, 'invalid_credentials');
    }
    const refused = await logIn('hr@demo.groupdesk.be', DEMO_PASSWORD, '203.0.113.7');
    const error = expectError(refused, 429, 'too_many_attempts');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE_WINDOW_MINUTES * 60);
    expect(refused.headers['set-cookie']).toBeUndefined();
    // the same answer for an account that does not exist: a 429 tells nothing about accounts
    expect(expectError(await logIn('nobody@test.groupdesk.be', 'x', '203.0.113.7'), 429)).toEqual(error);

    expect((await logIn('hr@demo.groupdesk.be', DEMO_PASSWORD, '203.0.113.8')).statusCode).toBe(200);
  });

  it('answers an unknown account, a wrong password, a disabled account and one without a password alike', async () => {
    await createUser(t.db, { email: 'disabled@test.groupdesk.be' });
    await t.db.execute(sql`update users set disabled_at = now() where email = 'disabled@test.groupdesk.be'`);
    await createUser(t.db, { email: 'invited@test.groupdesk.be' });
    await t.db.execute(sql`update users set password_hash = null where email = 'invited@test.groupdesk.be'`);
    const answers = [
      await logIn('unknown@test.groupdesk.be', TEST_PASSWORD, '198.51.100.1'),
      await logIn('viewer@demo.groupdesk.be', 'wrong password', '198.51.100.1'),
      await logIn('disabled@test.groupdesk.be', TEST_PASSWORD, '198.51.100.1'),
      await logIn('invited@test.groupdesk.be', TEST_PASSWORD, '198.51.100.1'),
    ].map((response) => ({ status: response.statusCode, body: response.body }));
    expect(answers[0]!.status).toBe(401);
    expect(answers.slice(1)).toEqual([answers[0], answers[0], answers[0]]);
  });
});

describe('secure headers', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['an answer with personal data', 'GET', '/api/session', true],
    ['an error', 'GET', '/api/employers/00000000-0000-4000-8000-000000000000/affiliates', true],
    ['an unknown route', 'GET', '/api/nope', true],
    ['a refused log-in', 'POST', '/api/session', false],
  ] as const)('on %s', async (_case, method, url, withSession) => {
    const cookie = withSession ? await login(t.app, 'hr@demo.groupdesk.be') : undefined;
    const response = await client(t.app, cookie).send({
      method,
      url,
      ...(method === 'POST' ? { payload: { email: 'nobody@test.groupdesk.be', password: 'x' } } : {}),
    });
    const headers = response.headers;
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(headers['content-security-policy'])).toMatch(/default-src 'self'/);
    expect(String(headers['content-security-policy'])).toMatch(/frame-ancestors 'none'/);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['x-powered-by']).toBeUndefined();
  });
});

describe('logs', () => {
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // the production logger, at its most talkative level
    app = await buildServer({
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: '.data/test', WORKERS: '0' }),
      databaseUrl: await createTestDatabase(),
      sessionSecret: 'test-secret-test-secret-test-secret!!',
      logger: { ...loggerOptions('trace'), stream },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('hold neither a password nor a session cookie, token or id, through a whole session', async () => {
    const wrongPassword = 'not-the-right-one-7c1e';
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: 'hr@demo.groupdesk.be', password: wrongPassword },
      }),
      401,
    );
    const cookie = await login(app, 'hr@demo.groupdesk.be');
    const signedValue = cookie.slice(cookie.indexOf('=') + 1);
    const token = signedValue.slice(0, signedValue.lastIndexOf('.'));
    const as = client(app, cookie);
    expect((await as.get('/api/session')).statusCode).toBe(200);
    expect((await as.get('/api/employers')).statusCode).toBe(200);
    expect((await as.patch('/api/session', { language: 'fr' })).statusCode).toBe(200);
    expectError(await as.get('/api/employers/not-an-id/affiliates'), 400);
    expect((await as.send({ method: 'DELETE', url: '/api/session' })).statusCode).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const log = lines.join('');
    // the requests were logged, so the absence below means something
    expect(log).toMatch(/"url":"\/api\/session"/);
    expect(log).toMatch(/"statusCode":204/);
    for (const secret of [wrongPassword, DEMO_PASSWORD, signedValue, token, sessionIdOf(cookie)]) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toMatch(/groupdesk_session=/);
  });
});
