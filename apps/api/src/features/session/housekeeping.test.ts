import { schema } from '@groupdesk/db';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionIdOf } from '../../../test/fixtures';
import { type TestApp, createTestApp, login } from '../../../test/test-app';
import { KEEP_EXPIRED_LINKS_DAYS, KEEP_LOGIN_ATTEMPTS_DAYS, removeStaleCredentials } from './housekeeping';

const { loginAttempts, passwordLinkRequests, passwordTokens, sessions, users } = schema;
const IDLE_MINUTES = 30;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: String(IDLE_MINUTES) });
});
afterAll(async () => {
  await t?.close();
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000 - 60_000);

describe('the hourly housekeeping of credentials', () => {
  it('removes ended sessions, old login attempts, old link requests and long-expired links; keeps the rest', async () => {
    const [live, idle, expired] = await Promise.all(
      ['hr', 'viewer', 'master'].map(async (who) =>
        sessionIdOf(await login(t.app, `${who}@demo.groupdesk.be`)),
      ),
    );
    await t.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - (IDLE_MINUTES + 1) * 60_000) })
      .where(eq(sessions.id, idle!));
    await t.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1_000) })
      .where(eq(sessions.id, expired!));

    const email = 'housekeeping@test.groupdesk.be';
    await t.db.insert(loginAttempts).values([
      { email, ip: '192.0.2.1', succeeded: false, at: daysAgo(KEEP_LOGIN_ATTEMPTS_DAYS) },
      { email, ip: '192.0.2.2', succeeded: false, at: daysAgo(KEEP_LOGIN_ATTEMPTS_DAYS - 1) },
    ]);
    await t.db.insert(passwordLinkRequests).values([
      { email, ip: '192.0.2.1', at: daysAgo(1) },
      { email, ip: '192.0.2.2', at: new Date() },
    ]);
    const [hr] = await t.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'hr@demo.groupdesk.be'));
    await t.db.insert(passwordTokens).values([
      {
        userId: hr!.id,
        purpose: 'reset',
        tokenHash: 'old-link',
        expiresAt: daysAgo(KEEP_EXPIRED_LINKS_DAYS),
      },
      { userId: hr!.id, purpose: 'reset', tokenHash: 'recent-link', expiresAt: daysAgo(2) },
    ]);

    await removeStaleCredentials(t.db, t.app.sessionPolicy);

    const left = await t.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(inArray(sessions.id, [live!, idle!, expired!]));
    expect(left.map((row) => row.id)).toEqual([live]);
    const attempts = await t.db
      .select({ ip: loginAttempts.ip })
      .from(loginAttempts)
      .where(eq(loginAttempts.email, email));
    expect(attempts.map((row) => row.ip)).toEqual(['192.0.2.2']);
    const requests = await t.db
      .select({ ip: passwordLinkRequests.ip })
      .from(passwordLinkRequests)
      .where(eq(passwordLinkRequests.email, email));
    expect(requests.map((row) => row.ip)).toEqual(['192.0.2.2']);
    const links = await t.db
      .select({ tokenHash: passwordTokens.tokenHash })
      .from(passwordTokens)
      .where(inArray(passwordTokens.tokenHash, ['old-link', 'recent-link']));
    expect(links.map((row) => row.tokenHash)).toEqual(['recent-link']);
  });

  it('is scheduled every hour', async () => {
    const schedules = await t.db.execute<{ name: string; cron: string }>(
      sql`select name, cron from pgboss.schedule where name = 'session.housekeeping'`,
    );
    expect(schedules.rows).toEqual([{ name: 'session.housekeeping', cron: '35 * * * *' }]);
  });
});
