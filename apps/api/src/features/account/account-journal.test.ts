import type { JournalEntry } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, TEST_PASSWORD, createUser, loadDemoWorld } from '../../../test/fixtures';
import { client } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { journalEntries } = schema;

let t: TestApp;
let world: DemoWorld;
beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
});
afterAll(async () => {
  await t?.close();
});

const entriesOf = (userId: string, kind: string) =>
  t.db
    .select({ employerId: journalEntries.employerId })
    .from(journalEntries)
    .where(and(eq(journalEntries.targetUserId, userId), eq(journalEntries.kind, kind)));

describe('a change to a user’s own account in the journal', () => {
  it('is written to the journal of each employer the user works for, where its Master User reads it', async () => {
    const email = 'two.employers@consult.be';
    const userId = await createUser(t.db, {
      email,
      memberships: [
        { employerId: world.employerId.vanDamme },
        { employerId: world.employerId.peeters },
        { employerId: world.employerId.lumiere, revokedAt: new Date() },
      ],
    });
    const consultant = client(t.app, await login(t.app, email, TEST_PASSWORD));
    const changed = await consultant.send({
      method: 'PUT',
      url: '/api/account/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(changed.statusCode, changed.body).toBe(204);

    const employers = (await entriesOf(userId, 'user.password-changed')).map((entry) => entry.employerId);
    expect(employers.sort()).toEqual([world.employerId.vanDamme, world.employerId.peeters].sort());

    const master = client(t.app, await login(t.app, 'master@demo.groupdesk.be'));
    const journal = await master.get(
      `/api/employers/${world.employerId.vanDamme}/journal?kind=user.password-changed`,
    );
    expect(journal.statusCode, journal.body).toBe(200);
    expect(journal.json<{ items: JournalEntry[] }>().items).toEqual([
      expect.objectContaining({
        kind: 'user.password-changed',
        targetUser: { id: userId, name: 'two.employers' },
        actor: expect.objectContaining({ user: expect.objectContaining({ id: userId }) }),
      }),
    ]);
  });

  it('is one entry of no employer for the insurer’s account manager', async () => {
    const userId = await createUser(t.db, { email: 'am.two@insurer.test', kind: 'account-manager' });
    const manager = client(t.app, await login(t.app, 'am.two@insurer.test', TEST_PASSWORD));
    const ended = await manager.send({ method: 'DELETE', url: '/api/account/sessions' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(await entriesOf(userId, 'user.sessions-ended')).toEqual([{ employerId: null }]);
  });
});
