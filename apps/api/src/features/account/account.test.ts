import type { Account, AccountSession, SessionResponse, TotpEnrolment } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountClient, codeNow, linkTokenMailedTo } from '../../../test/accounts';
import { type DemoWorld, TEST_PASSWORD, createUser, loadDemoWorld } from '../../../test/fixtures';
import { expectError } from '../../../test/http';
import { startSmtpServer } from '../../../test/smtp';
import { type TestApp, createTestApp } from '../../../test/test-app';
import { MAX_FAILURES_PER_ACCOUNT } from '../session/login-throttle';

const { journalEntries, memberships, users } = schema;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let world: DemoWorld;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '0.2' });
  world = await loadDemoWorld(t.db);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** A 6-digit code that is none of the codes the secret accepts now. */
function wrongCodeFor(secret: string) {
  const valid = new Set([-1, 0, 1, 2].map((step) => codeNow(secret, step)));
  return ['000000', '111111', '222222', '333333', '444444'].find((code) => !valid.has(code))!;
}

/** A user of our own at Van Damme (an HR officer, or a Master User), logged in with a browser's user agent. */
async function userWithSession(email: string, role: 'hr' | 'master' = 'hr') {
  await createUser(t.db, { email, memberships: [{ employerId: world.employerId.vanDamme, role }] });
  return logIn(email);
}

async function logIn(email: string, password = TEST_PASSWORD) {
  const browser = accountClient(t.app);
  const response = await browser.post('/api/session', { email, password });
  expect(response.statusCode, response.body).toBe(200);
  return browser;
}

/** Enrols the user's two-factor sign-in; returns the secret and the recovery codes. */
async function enrol(browser: ReturnType<typeof accountClient>) {
  const started = await browser.post('/api/account/two-factor');
  expect(started.statusCode, started.body).toBe(200);
  const { secret, otpauthUri } = started.json<TotpEnrolment>();
  // the code of the step before: any later code is then good for the next sign-in, whenever the test runs
  const enrolmentCode = codeNow(secret, -1);
  const confirmed = await browser.post('/api/account/two-factor/confirmation', { code: enrolmentCode });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  const { recoveryCodes } = confirmed.json<{ recoveryCodes: string[] }>();
  return { secret, otpauthUri, enrolmentCode, recoveryCodes };
}

describe('PUT /api/account/password', () => {
  it('needs the current password, refuses a weak new one, then ends the other sessions and keeps this one', async () => {
    const here = await userWithSession('changer@test.groupdesk.be');
    const elsewhere = await logIn('changer@test.groupdesk.be');

    const wrong = expectError(
      await here.put('/api/account/password', {
        currentPassword: 'nope',
        newPassword: 'a fine new passphrase',
      }),
      400,
      'validation_failed',
    );
    expect(wrong.details).toEqual([
      expect.objectContaining({ path: 'currentPassword', code: 'password.wrong' }),
    ]);
    const weak = expectError(
      await here.put('/api/account/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'changer@test.groupdesk.be',
      }),
      400,
      'validation_failed',
    );
    expect(weak.details).toEqual([
      expect.objectContaining({ path: 'newPassword', code: 'password.sameAsEmail' }),
    ]);

    const changed = await here.put('/api/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a fine new passphrase',
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await here.get('/api/session')).statusCode).toBe(200);
    expectError(await elsewhere.get('/api/session'), 401, 'unauthorized');
    expectError(
      await accountClient(t.app).post('/api/session', {
        email: 'changer@test.groupdesk.be',
        password: TEST_PASSWORD,
      }),
      401,
      'invalid_credentials',
    );
    await logIn('changer@test.groupdesk.be', 'a fine new passphrase');
    const [user] = await t.db.select().from(users).where(eq(users.email, 'changer@test.groupdesk.be'));
    const journal = await t.db.select().from(journalEntries).where(eq(journalEntries.targetUserId, user!.id));
    expect(journal.map((entry) => entry.kind)).toContain('user.password-changed');
  });

  it(`throttles wrong current passwords like failed logins (${MAX_FAILURES_PER_ACCOUNT}, then 429)`, async () => {
    const here = await userWithSession('guesser@test.groupdesk.be');
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expectError(
        await here.put('/api/account/password', {
          currentPassword: 'guess',
          newPassword: 'a fine new passphrase',
        }),
        400,
      );
    }
    expectError(
      await here.put('/api/account/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'a fine new passphrase',
      }),
      429,
      'too_many_attempts',
    );
  });
});

describe('my sessions', () => {
  it('lists them with times, IP and user agent, this one marked; ends one, then all the others', async () => {
    const here = await userWithSession('many.devices@test.groupdesk.be');
    const phone = await logIn('many.devices@test.groupdesk.be');
    const tablet = await logIn('many.devices@test.groupdesk.be');

    const listed = await here.get('/api/account/sessions');
    expect(listed.statusCode, listed.body).toBe(200);
    const items = listed.json<{ items: AccountSession[] }>().items;
    expect(items).toHaveLength(3);
    expect(items.filter((session) => session.current)).toHaveLength(1);
    for (const session of items) {
      expect(session).toMatchObject({ ip: '127.0.0.1', userAgent: 'lightMyRequest' });
      expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(session.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(session.createdAt));
    }
    // the public id is not the key of the sessions table
    expect(JSON.stringify(items)).not.toMatch(/[0-9a-f]{64}/);

    const phoneId = (await phone.get('/api/account/sessions'))
      .json<{ items: AccountSession[] }>()
      .items.find((session) => session.current)!.id;
    expect((await here.delete(`/api/account/sessions/${phoneId}`)).json()).toEqual({ ended: 1 });
    expectError(await phone.get('/api/session'), 401, 'unauthorized');

    const others = await here.delete('/api/account/sessions');
    expect(others.json()).toEqual({ ended: 1 });
    expectError(await tablet.get('/api/session'), 401, 'unauthorized');
    expect((await here.get('/api/account/sessions')).json<{ items: AccountSession[] }>().items).toHaveLength(
      1,
    );
  });

  it('ending this session logs out; another user’s session answers 404', async () => {
    const mine = await userWithSession('alone@test.groupdesk.be');
    const theirs = await userWithSession('stranger@test.groupdesk.be');
    const theirId = (await theirs.get('/api/account/sessions')).json<{ items: AccountSession[] }>().items[0]!
      .id;
    expectError(await mine.delete(`/api/account/sessions/${theirId}`), 404, 'not_found');
    expect((await theirs.get('/api/session')).statusCode).toBe(200);

    const myId = (await mine.get('/api/account/sessions')).json<{ items: AccountSession[] }>().items[0]!.id;
    expect((await mine.delete(`/api/account/sessions/${myId}`)).statusCode).toBe(200);
    expectError(await mine.get('/api/session'), 401, 'unauthorized');
  });

  it('needs a session', async () => {
    expectError(await accountClient(t.app).get('/api/account/sessions'), 401, 'unauthorized');
    expectError(await accountClient(t.app).get('/api/account'), 401, 'unauthorized');
  });
});

describe('two-factor sign-in (TOTP, RFC 6238)', () => {
  it('enrols with a first code: an otpauth URI to scan, ten recovery codes shown once', async () => {
    const browser = await userWithSession('enrols@test.groupdesk.be');
    const started = (await browser.post('/api/account/two-factor')).json<TotpEnrolment>();
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    // the database keeps it sealed: a copy of it alone cannot make codes
    const [stored] = await t.db
      .select({ totpSecret: schema.users.totpSecret })
      .from(schema.users)
      .where(eq(schema.users.email, 'enrols@test.groupdesk.be'));
    expect(stored!.totpSecret).toMatch(/^v1\./);
    expect(stored!.totpSecret).not.toContain(started.secret);
    expect(started.otpauthUri).toBe(
      `otpauth://totp/groupdesk:enrols%40test.groupdesk.be?secret=${started.secret}&issuer=groupdesk&algorithm=SHA1&digits=6&period=30`,
    );
    // not asked at sign-in before a code confirms the enrolment
    expect(
      (
        await accountClient(t.app).post('/api/session', {
          email: 'enrols@test.groupdesk.be',
          password: TEST_PASSWORD,
        })
      ).statusCode,
    ).toBe(200);

    const refused = expectError(
      await browser.post('/api/account/two-factor/confirmation', { code: wrongCodeFor(started.secret) }),
      400,
      'validation_failed',
    );
    expect(refused.details).toEqual([expect.objectContaining({ path: 'code', code: 'totp.invalid' })]);
    const confirmed = await browser.post('/api/account/two-factor/confirmation', {
      code: codeNow(started.secret),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const { recoveryCodes } = confirmed.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const account = (await browser.get('/api/account')).json<Account>();
    expect(account.twoFactor).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
      requiredAsMasterUser: false,
    });
    expectError(await browser.post('/api/account/two-factor'), 409, 'two_factor_enabled');
  });

  it('asks for the code after the password; a code is good once; a recovery code works once', async () => {
    const browser = await userWithSession('two.steps@test.groupdesk.be');
    const { secret, enrolmentCode, recoveryCodes } = await enrol(browser);

    const login = accountClient(t.app);
    const first = await login.post('/api/session', {
      email: 'two.steps@test.groupdesk.be',
      password: TEST_PASSWORD,
    });
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json()).toEqual({ secondFactor: 'totp' });
    expect(login.sessionCookie).toBeUndefined();
    expectError(await login.get('/api/session'), 401, 'unauthorized');

    expectError(
      await login.post('/api/session/two-factor', { code: wrongCodeFor(secret) }),
      401,
      'invalid_code',
    );
    // the code the enrolment used is spent; the code of now is not
    expectError(await login.post('/api/session/two-factor', { code: enrolmentCode }), 401, 'invalid_code');
    const signInCode = codeNow(secret);
    const second = await login.post('/api/session/two-factor', {
      code: ` ${signInCode.slice(0, 3)} ${signInCode.slice(3)}`,
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json<SessionResponse>().user.email).toBe('two.steps@test.groupdesk.be');
    expect((await login.get('/api/session')).statusCode).toBe(200);

    const again = accountClient(t.app);
    await again.post('/api/session', { email: 'two.steps@test.groupdesk.be', password: TEST_PASSWORD });
    expectError(await again.post('/api/session/two-factor', { code: signInCode }), 401, 'invalid_code');
    const withRecovery = await again.post('/api/session/two-factor', {
      code: recoveryCodes[0]!.toUpperCase(),
    });
    expect(withRecovery.statusCode, withRecovery.body).toBe(200);

    const once = accountClient(t.app);
    await once.post('/api/session', { email: 'two.steps@test.groupdesk.be', password: TEST_PASSWORD });
    expectError(await once.post('/api/session/two-factor', { code: recoveryCodes[0]! }), 401, 'invalid_code');
    expect((await browser.get('/api/account')).json<Account>().twoFactor.recoveryCodesLeft).toBe(9);
    const logins = await t.db.select().from(journalEntries).where(eq(journalEntries.kind, 'session.login'));
    expect(logins.map((entry) => entry.after)).toEqual(
      expect.arrayContaining([{ secondFactor: 'totp' }, { secondFactor: 'recovery-code' }]),
    );
  });

  it(`throttles wrong codes with the account's failed logins (429 after ${MAX_FAILURES_PER_ACCOUNT})`, async () => {
    const browser = await userWithSession('code.guesser@test.groupdesk.be');
    const { secret } = await enrol(browser);
    const login = accountClient(t.app);
    await login.post('/api/session', { email: 'code.guesser@test.groupdesk.be', password: TEST_PASSWORD });
    const valid = new Set([-1, 0, 1].map((step) => codeNow(secret, step)));
    const wrongCodes = ['123456', '234567', '345678', '456789', '567890', '678901'].filter(
      (code) => !valid.has(code),
    );
    for (const code of wrongCodes.slice(0, MAX_FAILURES_PER_ACCOUNT)) {
      expectError(await login.post('/api/session/two-factor', { code }), 401, 'invalid_code');
    }
    const refused = await login.post('/api/session/two-factor', { code: codeNow(secret, 1) });
    expectError(refused, 429, 'too_many_attempts');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('without the password step first, or after the five minutes, the code step answers 401', async () => {
    expectError(
      await accountClient(t.app).post('/api/session/two-factor', { code: '123456' }),
      401,
      'login_expired',
    );
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/session/two-factor',
      payload: { code: '123456' },
      headers: { cookie: `groupdesk_login=${world.employerId.vanDamme}.${Date.now() + 60_000}` },
    });
    expectError(forged, 401, 'login_expired');
  });

  it('a Master User who enrolled cannot switch it off until no longer a Master User; an HR officer with the password', async () => {
    const boss = await userWithSession('boss@test.groupdesk.be', 'master');
    const { secret } = await enrol(boss);
    expect((await boss.get('/api/account')).json<Account>().twoFactor.requiredAsMasterUser).toBe(true);
    for (const body of [{ password: TEST_PASSWORD }, { password: TEST_PASSWORD, code: codeNow(secret, 1) }]) {
      expectError(
        await boss.post('/api/account/two-factor/disable', body),
        409,
        'two_factor_required_for_master',
      );
    }
    const [row] = await t.db.select().from(users).where(eq(users.email, 'boss@test.groupdesk.be'));
    expect(row!.totpEnabledAt).not.toBeNull();
    // once their Master role is gone (here: turned into an HR profile), the password is enough
    await t.db.update(memberships).set({ role: 'hr' }).where(eq(memberships.userId, row!.id));
    expect((await boss.get('/api/account')).json<Account>().twoFactor.requiredAsMasterUser).toBe(false);
    const off = await boss.post('/api/account/two-factor/disable', { password: TEST_PASSWORD });
    expect(off.statusCode, off.body).toBe(204);
    expect(
      (
        await accountClient(t.app).post('/api/session', {
          email: 'boss@test.groupdesk.be',
          password: TEST_PASSWORD,
        })
      ).statusCode,
    ).toBe(200);

    const officer = await userWithSession('officer@test.groupdesk.be');
    await enrol(officer);
    expect(
      (await officer.post('/api/account/two-factor/disable', { password: TEST_PASSWORD })).statusCode,
    ).toBe(204);
    expect((await officer.get('/api/account')).json<Account>().twoFactor).toMatchObject({
      enabled: false,
      recoveryCodesLeft: 0,
    });
    expectError(
      await officer.post('/api/account/two-factor/disable', { password: TEST_PASSWORD }),
      409,
      'two_factor_disabled',
    );
  });

  it('a new password from a reset link still asks for the code', async () => {
    const browser = await userWithSession('reset.with.code@test.groupdesk.be');
    const { secret } = await enrol(browser);
    const forgotten = await accountClient(t.app).post('/api/password/forgotten', {
      email: 'reset.with.code@test.groupdesk.be',
    });
    expect(forgotten.statusCode).toBe(202);
    const token = await linkTokenMailedTo(smtp, 'reset.with.code@test.groupdesk.be');
    const reset = accountClient(t.app);
    const set = await reset.post('/api/password', { token, password: 'a fresh long passphrase' });
    expect(set.statusCode, set.body).toBe(202);
    expect(reset.sessionCookie).toBeUndefined();
    expect((await reset.post('/api/session/two-factor', { code: codeNow(secret, 1) })).statusCode).toBe(200);
  });
});
