import type { PasswordLink, SessionResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountClient, linkTokenMailedTo } from '../../../test/accounts';
import { type DemoWorld, TEST_PASSWORD, createUser, loadDemoWorld, belgianDay } from '../../../test/fixtures';
import { expectError } from '../../../test/http';
import { startSmtpServer } from '../../../test/smtp';
import { type TestApp, createTestApp, login } from '../../../test/test-app';
import { MAX_LINK_REQUESTS_PER_ACCOUNT } from './link-throttle';

const { journalEntries, passwordTokens, users } = schema;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let world: DemoWorld;
let master: ReturnType<typeof accountClient>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '0.2' });
  world = await loadDemoWorld(t.db);
  master = accountClient(t.app, await login(t.app, 'master@demo.groupdesk.be'));
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** A consultant invited by the Master User to one contract of Van Damme; the token of their e-mail. */
async function invite(email: string) {
  const response = await master.post(`/api/employers/${world.employerId.vanDamme}/users`, {
    email,
    name: 'Nina Nieuw',
    language: 'nl',
    profile: 'read',
    contractIds: [world.contractId['530/00413']],
    endDate: belgianDay(60),
  });
  expect(response.statusCode, response.body).toBe(201);
  return linkTokenMailedTo(smtp, email);
}

const expireLinksOf = (email: string) =>
  t.db.execute(sql`update password_tokens set expires_at = now() - interval '1 minute'
    where user_id = (select id from users where email = ${email})`);

describe('the set-password link of an invitation', () => {
  it('greets the user, refuses weak passwords, sets a good one once and logs in', async () => {
    const token = await invite('nina@consult.be');
    const anonymous = accountClient(t.app);
    const link = await anonymous.post('/api/password/link', { token });
    expect(link.statusCode, link.body).toBe(200);
    expect(link.json<PasswordLink>()).toMatchObject({
      purpose: 'invitation',
      email: 'nina@consult.be',
      name: 'Nina Nieuw',
      employerName: 'Brasserie Van Damme SA',
    });

    for (const [password, code] of [
      ['short-pass', 'password.tooShort'],
      ['Nina@Consult.be', 'password.sameAsEmail'],
      ['nina@consult.be 2026!', 'password.sameAsEmail'],
    ]) {
      const error = expectError(
        await anonymous.post('/api/password', { token, password }),
        400,
        'validation_failed',
      );
      expect(error.details).toEqual([expect.objectContaining({ path: 'password', code })]);
    }

    const set = await anonymous.post('/api/password', { token, password: 'a long enough passphrase' });
    expect(set.statusCode, set.body).toBe(200);
    const session = set.json<SessionResponse>();
    expect(session.user.email).toBe('nina@consult.be');
    expect(session.employers).toEqual([
      expect.objectContaining({
        name: 'Brasserie Van Damme SA',
        access: 'read',
        contractIds: [world.contractId['530/00413']],
      }),
    ]);
    expect((await anonymous.get('/api/session')).statusCode).toBe(200);

    // once only
    expectError(
      await accountClient(t.app).post('/api/password', { token, password: 'another passphrase!' }),
      404,
      'link_invalid',
    );
    expectError(await accountClient(t.app).post('/api/password/link', { token }), 404, 'link_invalid');
    expect(
      (
        await accountClient(t.app).post('/api/session', {
          email: 'nina@consult.be',
          password: 'a long enough passphrase',
        })
      ).statusCode,
    ).toBe(200);
    const journal = await t.db
      .select()
      .from(journalEntries)
      .where(eq(journalEntries.kind, 'user.password-set'));
    expect(journal).toContainEqual(
      expect.objectContaining({ employerId: world.employerId.vanDamme, after: { purpose: 'invitation' } }),
    );
  });

  it('after 72 hours says the link expired (410) and sends a new one on request, which works; the old one does not', async () => {
    const token = await invite('late@consult.be');
    await expireLinksOf('late@consult.be');
    const anonymous = accountClient(t.app);
    expectError(await anonymous.post('/api/password/link', { token }), 410, 'link_expired');
    expectError(
      await anonymous.post('/api/password', { token, password: 'a long enough passphrase' }),
      410,
      'link_expired',
    );

    const renewal = await anonymous.post('/api/password/link/renewal', { token });
    expect(renewal.statusCode, renewal.body).toBe(202);
    const fresh = await linkTokenMailedTo(smtp, 'late@consult.be', 2);
    expect(fresh).not.toBe(token);
    // still an invitation: she never had a password
    expect(smtp.to('late@consult.be')[1]!.subject).toBe(
      'Uw toegang tot groupdesk voor Brasserie Van Damme SA',
    );
    expectError(await anonymous.post('/api/password/link', { token }), 404, 'link_invalid');
    expect(
      (await anonymous.post('/api/password', { token: fresh, password: 'a long enough passphrase' }))
        .statusCode,
    ).toBe(200);
  });

  it('is worth nothing once the mission it was sent for has ended, though its 72 hours still run', async () => {
    const token = await invite('late.starter@consult.be');
    await t.db.execute(sql`update memberships set end_date = ${belgianDay(-1)}
      where user_id = (select id from users where email = 'late.starter@consult.be')`);
    const anonymous = accountClient(t.app);
    expectError(await anonymous.post('/api/password/link', { token }), 404, 'link_invalid');
    expectError(
      await anonymous.post('/api/password', { token, password: 'a long enough passphrase' }),
      404,
      'link_invalid',
    );
    expectError(await anonymous.get('/api/session'), 401);
  });

  it('answers 404 to an unknown token and 400 to a malformed one', async () => {
    expectError(
      await accountClient(t.app).post('/api/password/link', { token: 'x'.repeat(43) }),
      404,
      'link_invalid',
    );
    expectError(
      await accountClient(t.app).post('/api/password/link', { token: 'not a token!' }),
      400,
      'validation_failed',
    );
    // a renewal of an unknown token says the same as one of a known token
    const unknown = await accountClient(t.app).post('/api/password/link/renewal', { token: 'y'.repeat(43) });
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual({ requested: true });
  });
});

describe('forgotten password', () => {
  it('e-mails a reset link to a known address and answers the same to an unknown one', async () => {
    await createUser(t.db, {
      email: 'forgetful@test.groupdesk.be',
      memberships: [{ employerId: world.employerId.vanDamme }],
    });
    const known = await accountClient(t.app).post('/api/password/forgotten', {
      email: ' Forgetful@Test.GroupDesk.be',
    });
    const unknown = await accountClient(t.app).post('/api/password/forgotten', {
      email: 'nobody@test.groupdesk.be',
    });
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);

    const token = await linkTokenMailedTo(smtp, 'forgetful@test.groupdesk.be');
    expect(smtp.to('forgetful@test.groupdesk.be')[0]!.subject).toBe('Nouveau mot de passe pour groupdesk');
    expect(smtp.to('nobody@test.groupdesk.be')).toHaveLength(0);
    const [stored] = await t.db
      .select()
      .from(passwordTokens)
      .innerJoin(users, eq(users.id, passwordTokens.userId))
      .where(eq(users.email, 'forgetful@test.groupdesk.be'));
    expect(stored!.password_tokens.purpose).toBe('reset');

    // the reset ends every session the user had, then logs in anew
    const before = accountClient(t.app, await login(t.app, 'forgetful@test.groupdesk.be', TEST_PASSWORD));
    const reset = accountClient(t.app);
    expect(
      (await reset.post('/api/password', { token, password: 'my brand new passphrase' })).statusCode,
    ).toBe(200);
    expectError(await before.get('/api/session'), 401, 'unauthorized');
    expect((await reset.get('/api/session')).statusCode).toBe(200);
    expectError(
      await accountClient(t.app).post('/api/session', {
        email: 'forgetful@test.groupdesk.be',
        password: TEST_PASSWORD,
      }),
      401,
      'invalid_credentials',
    );
  });

  it(`throttles requests for an address after ${MAX_LINK_REQUESTS_PER_ACCOUNT} an hour, known or not, with Retry-After`, async () => {
    for (const email of ['hr@demo.groupdesk.be', 'ghost@test.groupdesk.be']) {
      for (let request = 0; request < MAX_LINK_REQUESTS_PER_ACCOUNT; request += 1) {
        expect((await accountClient(t.app).post('/api/password/forgotten', { email })).statusCode).toBe(202);
      }
      const refused = await accountClient(t.app).post('/api/password/forgotten', { email });
      expectError(refused, 429, 'too_many_requests');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    }
    expect(smtp.to('hr@demo.groupdesk.be').length).toBeLessThanOrEqual(MAX_LINK_REQUESTS_PER_ACCOUNT);
  });

  it('refuses a malformed address with 400', async () => {
    const error = expectError(
      await accountClient(t.app).post('/api/password/forgotten', { email: 'not an address' }),
      400,
      'validation_failed',
    );
    expect(error.details).toEqual([expect.objectContaining({ path: 'email', code: 'email.invalid' })]);
  });
});
