import type { EmployerUser, SessionResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountClient, linkTokenMailedTo } from '../../../test/accounts';
import { type DemoWorld, TEST_PASSWORD, createUser, loadDemoWorld, belgianDay } from '../../../test/fixtures';
import { expectError } from '../../../test/http';
import { eventually, startSmtpServer } from '../../../test/smtp';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { emailOutbox, journalEntries, passwordTokens, users } = schema;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let world: DemoWorld;
let master: ReturnType<typeof accountClient>;
let usersUrl: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({
    SMTP_URL: smtp.url,
    MAIL_POLL_SECONDS: '0.2',
    APP_URL: 'https://groupdesk.example.be',
  });
  world = await loadDemoWorld(t.db);
  master = accountClient(t.app, await login(t.app, 'master@demo.groupdesk.be'));
  usersUrl = `/api/employers/${world.employerId.vanDamme}/users`;
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const invitation = (email: string, extra: object = {}) => ({
  email,
  name: 'Chris Consultant',
  language: 'en',
  profile: 'read',
  contractIds: [world.contractId['530/00412']],
  endDate: belgianDay(30),
  ...extra,
});

const outboxTo = (recipient: string) =>
  t.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, recipient)).orderBy(emailOutbox.createdAt);

/** The outbox row of the e-mail to this address, once the dispatcher marked it sent. */
async function sentRowTo(recipient: string) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const [row] = await outboxTo(recipient);
    if (row?.status === 'sent') return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the e-mail to ${recipient} was not marked sent`);
}

describe('GET …/users (the Master User’s users page)', () => {
  it('lists the employer’s users with role, profile, scope, end date, status and last sign-in', async () => {
    const response = await master.get(usersUrl);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: EmployerUser[] }>().items;
    const byEmail = Object.fromEntries(items.map((user) => [user.email, user]));
    expect(byEmail['master@demo.groupdesk.be']).toMatchObject({
      role: 'master',
      profile: 'write',
      contracts: null,
      endDate: null,
      status: 'active',
      twoFactor: false,
    });
    // the master just logged in
    expect(Date.now() - Date.parse(byEmail['master@demo.groupdesk.be']!.lastSignInAt!)).toBeLessThan(60_000);
    expect(byEmail['hr@demo.groupdesk.be']).toMatchObject({ role: 'hr', profile: 'write', status: 'active' });
    expect(byEmail['viewer@demo.groupdesk.be']).toMatchObject({ role: 'hr', profile: 'read' });
    expect(byEmail['am@insurer.groupdesk.be']).toBeUndefined();
  });

  it.each([
    ['an HR officer with write', 'hr@demo.groupdesk.be', 403],
    ['an HR officer with read', 'viewer@demo.groupdesk.be', 403],
    ['the account manager', 'am@insurer.groupdesk.be', 403],
  ])('refuses %s (%s) with %i', async (_case, email, status) => {
    const someone = accountClient(t.app, await login(t.app, email));
    expectError(await someone.get(usersUrl), status, 'forbidden');
    expectError(await someone.post(usersUrl, invitation('never@audit.be')), status, 'forbidden');
  });

  it('answers 404 to the Master User of another employer and 401 to nobody', async () => {
    await createUser(t.db, {
      email: 'master.peeters@test.groupdesk.be',
      memberships: [{ employerId: world.employerId.peeters, role: 'master' }],
    });
    const other = accountClient(t.app, await login(t.app, 'master.peeters@test.groupdesk.be', TEST_PASSWORD));
    expectError(await other.get(usersUrl), 404, 'not_found');
    expectError(await accountClient(t.app).get(usersUrl), 401, 'unauthorized');
  });
});

describe('POST …/users (invite)', () => {
  it('invites a new external consultant: one contract, an end date, a 72-hour link whose hash alone is kept', async () => {
    const response = await master.post(usersUrl, invitation('Chris@Audit-Partners.be '));
    expect(response.statusCode, response.body).toBe(201);
    const { user } = response.json<{ user: EmployerUser }>();
    expect(user).toMatchObject({
      email: 'chris@audit-partners.be',
      name: 'Chris Consultant',
      role: 'hr',
      profile: 'read',
      contracts: [{ number: '530/00412' }],
      endDate: belgianDay(30),
      status: 'invited',
      lastSignInAt: null,
    });

    const token = await linkTokenMailedTo(smtp, 'chris@audit-partners.be');
    const [mail] = smtp.to('chris@audit-partners.be');
    expect(mail!.subject).toBe('Your groupdesk access for Brasserie Van Damme SA');
    expect(mail!.text).toContain('https://groupdesk.example.be/set-password?token=');
    expect(mail!.text).toContain('72 hours');
    const [stored] = await t.db.select().from(passwordTokens).where(eq(passwordTokens.userId, user.id));
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(72 * 3_600_000 - 60_000);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(72 * 3_600_000);
    // once sent, the outbox forgets the link too
    const row = await sentRowTo('chris@audit-partners.be');
    expect(JSON.stringify(row.payload)).not.toContain(token);

    const [journal] = await t.db
      .select()
      .from(journalEntries)
      .where(and(eq(journalEntries.targetUserId, user.id), eq(journalEntries.kind, 'user.access-granted')));
    expect(journal).toMatchObject({
      employerId: world.employerId.vanDamme,
      actorUserId: expect.any(String),
      after: {
        email: 'chris@audit-partners.be',
        role: 'hr',
        profile: 'read',
        contracts: ['530/00412'],
        endDate: belgianDay(30),
      },
    });
    const [actor] = await t.db.select().from(users).where(eq(users.id, journal!.actorUserId!));
    expect(actor!.email).toBe('master@demo.groupdesk.be');
  });

  it('tells the employer’s notification address, in the employer’s language', async () => {
    await master.post(
      usersUrl,
      invitation('notify.me@audit-partners.be', { profile: 'write', endDate: '2099-12-31' }),
    );
    const notices = (await outboxTo('hr-team@vandamme.be')).filter(
      (row) =>
        row.kind === 'employer-access-granted' && row.payload.userEmail === 'notify.me@audit-partners.be',
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      employerId: world.employerId.vanDamme,
      language: 'fr',
      payload: {
        actorName: 'Sophie Master',
        access: 'consultation et inscription',
        scope: 'contrat(s) 530/00412',
        until: ', jusqu’au 31/12/2099',
      },
    });
    const mail = await eventually(() =>
      smtp.to('hr-team@vandamme.be').find((m) => m.text?.includes('notify.me@audit-partners.be')),
    );
    expect(mail.subject).toBe('Accès à groupdesk accordé à Chris Consultant');
  });

  it('grants an existing user of another employer access here: no new password, an e-mail pointing to the login', async () => {
    const lumiereUsers = `/api/employers/${world.employerId.lumiere}/users`;
    const response = await master.post(lumiereUsers, {
      ...invitation('hr@demo.groupdesk.be'),
      name: 'Ignored Name',
      profile: 'write',
      contractIds: null,
      endDate: null,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ user: EmployerUser }>().user).toMatchObject({
      name: 'Hugo Renard',
      status: 'active',
      contracts: null,
    });
    const rows = (await outboxTo('hr@demo.groupdesk.be')).filter((row) => row.kind === 'user-access-granted');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.language).toBe('fr');
    const mail = await eventually(() => smtp.to('hr@demo.groupdesk.be')[0]);
    expect(mail.subject).toBe('Nouvel accès à groupdesk pour Atelier Lumière SRL');
    expect(mail.text).toContain('https://groupdesk.example.be');
    expect(mail.text).not.toContain('set-password');

    // one person, two employers, different rights
    const hr = accountClient(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
    const session = (await hr.get('/api/session')).json<SessionResponse>();
    expect(session.employers.map((employer) => [employer.name, employer.access])).toEqual([
      ['Atelier Lumière SRL', 'write'],
      ['Brasserie Van Damme SA', 'write'],
    ]);
  });

  it('refuses someone who has access already (409), and an insurer account (409)', async () => {
    expectError(await master.post(usersUrl, invitation('viewer@demo.groupdesk.be')), 409, 'already_member');
    expectError(
      await master.post(usersUrl, invitation('am@insurer.groupdesk.be')),
      409,
      'not_an_employer_user',
    );
  });

  it.each([
    [
      'a contract of another employer',
      { contractIds: ['__peeters__'] },
      'contractIds',
      'contractIds.unknown',
    ],
    ['no contract at all', { contractIds: [] }, 'contractIds', 'contractIds.required'],
    ['an end date in the past', { endDate: belgianDay(-1) }, 'endDate', 'endDate.past'],
    ['a wrong address', { email: 'chris@' }, 'email', 'email.invalid'],
    ['no name', { name: ' ' }, 'name', 'required'],
    ['an unknown profile', { profile: 'admin' }, 'profile', 'invalid_value'],
  ])('refuses %s with 400 on the field', async (_case, extra, path, code) => {
    const body = invitation('refused@audit-partners.be', extra) as { contractIds: string[] };
    if (body.contractIds[0] === '__peeters__') body.contractIds = [world.contractId['530/03100']!];
    const error = expectError(await master.post(usersUrl, body), 400, 'validation_failed');
    expect(error.details).toContainEqual(expect.objectContaining({ path, code }));
    expect(await t.db.select().from(users).where(eq(users.email, 'refused@audit-partners.be'))).toHaveLength(
      0,
    );
  });
});

describe('PATCH and DELETE …/users/:userId (change and revoke)', () => {
  async function invited(email: string, extra: object = {}) {
    const response = await master.post(usersUrl, invitation(email, extra));
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ user: EmployerUser }>().user;
  }

  it('changes profile, scope and end date, journaled with before and after', async () => {
    const user = await invited('change.me@audit-partners.be');
    const response = await master.patch(`${usersUrl}/${user.id}`, {
      profile: 'write',
      contractIds: [world.contractId['530/00413'], world.contractId['530/00412']],
      endDate: null,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ user: EmployerUser }>().user).toMatchObject({
      profile: 'write',
      contracts: [{ number: '530/00412' }, { number: '530/00413' }],
      endDate: null,
    });
    const all = await master.patch(`${usersUrl}/${user.id}`, { contractIds: null });
    expect(all.json<{ user: EmployerUser }>().user.contracts).toBeNull();
    const journal = await t.db
      .select()
      .from(journalEntries)
      .where(and(eq(journalEntries.targetUserId, user.id), eq(journalEntries.kind, 'user.access-changed')))
      .orderBy(journalEntries.id);
    expect(journal[0]).toMatchObject({
      before: { profile: 'read', contracts: ['530/00412'], endDate: belgianDay(30) },
      after: { profile: 'write', contracts: ['530/00412', '530/00413'], endDate: null },
    });
    expect(journal[1]).toMatchObject({ after: { contracts: 'all' } });

    // the notification address hears of each change, with the access as it now is; not of a change of nothing
    expect((await master.patch(`${usersUrl}/${user.id}`, { contractIds: null })).statusCode).toBe(200);
    const notices = (await outboxTo('hr-team@vandamme.be')).filter(
      (row) =>
        row.kind === 'employer-access-changed' && row.payload.userEmail === 'change.me@audit-partners.be',
    );
    expect(notices.map((row) => row.payload)).toEqual([
      expect.objectContaining({
        access: 'consultation et inscription',
        scope: 'contrat(s) 530/00412, 530/00413',
        until: '',
      }),
      expect.objectContaining({
        access: 'consultation et inscription',
        scope: 'tous les contrats',
        until: '',
      }),
    ]);
  });

  it('revoking ends at once the access of a user who keeps another employer; one with none left loses every session', async () => {
    const both = await createUser(t.db, {
      email: 'two.employers@test.groupdesk.be',
      memberships: [{ employerId: world.employerId.vanDamme }, { employerId: world.employerId.lumiere }],
    });
    const only = await createUser(t.db, {
      email: 'one.employer@test.groupdesk.be',
      memberships: [{ employerId: world.employerId.vanDamme }],
    });
    const bothClient = accountClient(
      t.app,
      await login(t.app, 'two.employers@test.groupdesk.be', TEST_PASSWORD),
    );
    const onlyClient = accountClient(
      t.app,
      await login(t.app, 'one.employer@test.groupdesk.be', TEST_PASSWORD),
    );
    const affiliatesUrl = `/api/employers/${world.employerId.vanDamme}/affiliates`;
    expect((await bothClient.get(affiliatesUrl)).statusCode).toBe(200);

    const revoked = await master.delete(`${usersUrl}/${both}`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<{ user: EmployerUser }>().user.status).toBe('revoked');
    expectError(await bothClient.get(affiliatesUrl), 404, 'not_found');
    expect((await bothClient.get(`/api/employers/${world.employerId.lumiere}/affiliates`)).statusCode).toBe(
      200,
    );

    expect((await master.delete(`${usersUrl}/${only}`)).statusCode).toBe(200);
    expectError(await onlyClient.get('/api/session'), 401, 'unauthorized');
    const sessions = await t.db.select().from(schema.sessions).where(eq(schema.sessions.userId, only));
    expect(sessions).toHaveLength(0);

    const notices = (await outboxTo('hr-team@vandamme.be')).filter(
      (row) => row.kind === 'employer-access-revoked',
    );
    expect(notices.map((row) => row.payload.userEmail).sort()).toEqual([
      'one.employer@test.groupdesk.be',
      'two.employers@test.groupdesk.be',
    ]);
    const [journal] = await t.db
      .select()
      .from(journalEntries)
      .where(and(eq(journalEntries.targetUserId, only), eq(journalEntries.kind, 'user.access-revoked')));
    expect(journal).toMatchObject({ after: { revoked: true, allSessionsEnded: true } });

    // revoked access is not changed but granted again, which brings it back
    expectError(await master.patch(`${usersUrl}/${only}`, { profile: 'read' }), 409, 'revoked');
    const again = await master.post(
      usersUrl,
      invitation('one.employer@test.groupdesk.be', { contractIds: null }),
    );
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<{ user: EmployerUser }>().user).toMatchObject({ status: 'active', profile: 'read' });
  });

  it('ends the session of a consultant whose only access reached its end date, at the next request', async () => {
    const userId = await createUser(t.db, {
      email: 'mission.over@test.groupdesk.be',
      memberships: [{ employerId: world.employerId.vanDamme, endDate: belgianDay(0) }],
    });
    const consultant = accountClient(
      t.app,
      await login(t.app, 'mission.over@test.groupdesk.be', TEST_PASSWORD),
    );
    const affiliatesUrl = `/api/employers/${world.employerId.vanDamme}/affiliates`;
    expect((await consultant.get(affiliatesUrl)).statusCode).toBe(200);
    // the mission ended yesterday
    await t.db
      .update(schema.memberships)
      .set({ endDate: belgianDay(-1) })
      .where(eq(schema.memberships.userId, userId));
    expectError(await consultant.get(affiliatesUrl), 401);
    expectError(await consultant.get('/api/session'), 401);
    const listed = (await master.get(usersUrl)).json<{ items: EmployerUser[] }>().items;
    expect(listed.find((user) => user.id === userId)?.status).toBe('expired');
  });

  it('keeps a lasting Master User: the last one cannot revoke, downgrade or end-date themselves', async () => {
    const me = (await master.get('/api/session')).json<SessionResponse>().user.id;
    expectError(await master.delete(`${usersUrl}/${me}`), 409, 'last_master');
    expectError(await master.patch(`${usersUrl}/${me}`, { role: 'hr' }), 409, 'last_master');
    expectError(await master.patch(`${usersUrl}/${me}`, { endDate: belgianDay(10) }), 409, 'last_master');

    // a second master with an end date does not count; one without does
    const second = await invited('second.master@test.groupdesk.be', { role: 'master', contractIds: null });
    expect(second).toMatchObject({ role: 'master', profile: 'write' });
    expectError(await master.patch(`${usersUrl}/${me}`, { role: 'hr' }), 409, 'last_master');
    expect((await master.patch(`${usersUrl}/${second.id}`, { endDate: null })).statusCode).toBe(200);
    const downgraded = await master.patch(`${usersUrl}/${me}`, { role: 'hr', profile: 'write' });
    expect(downgraded.statusCode, downgraded.body).toBe(200);
    // no longer a master: the users page is closed to them now
    expectError(await master.get(usersUrl), 403, 'forbidden');
    await t.db
      .update(schema.memberships)
      .set({ role: 'master' })
      .where(
        and(eq(schema.memberships.userId, me), eq(schema.memberships.employerId, world.employerId.vanDamme)),
      );
  });

  it('sends an invited user a new link on request, and refuses one who set a password', async () => {
    const user = await invited('resend.me@audit-partners.be');
    await linkTokenMailedTo(smtp, 'resend.me@audit-partners.be');
    const resent = await master.post(`${usersUrl}/${user.id}/invitation`);
    expect(resent.statusCode, resent.body).toBe(200);
    await linkTokenMailedTo(smtp, 'resend.me@audit-partners.be', 2);
    const hrId = (await t.db.select().from(users).where(eq(users.email, 'hr@demo.groupdesk.be')))[0]!.id;
    expectError(await master.post(`${usersUrl}/${hrId}/invitation`), 409, 'already_active');
  });

  it('revoking an invitation not yet accepted makes its set-password link worthless', async () => {
    const user = await invited('changed.mind@audit-partners.be');
    const token = await linkTokenMailedTo(smtp, 'changed.mind@audit-partners.be');
    expect((await master.delete(`${usersUrl}/${user.id}`)).statusCode).toBe(200);
    const anonymous = accountClient(t.app);
    expectError(await anonymous.post('/api/password/link', { token }), 404, 'link_invalid');
    expectError(
      await anonymous.post('/api/password', { token, password: 'a long enough passphrase' }),
      404,
      'link_invalid',
    );
  });

  it('answers 404 for a user who has no access to this employer', async () => {
    const amId = (await t.db.select().from(users).where(eq(users.email, 'am@insurer.groupdesk.be')))[0]!.id;
    expectError(await master.patch(`${usersUrl}/${amId}`, { profile: 'read' }), 404, 'not_found');
    expectError(await master.delete(`${usersUrl}/${amId}`), 404, 'not_found');
  });
});

describe('a Master User limited to some contracts', () => {
  let scoped: ReturnType<typeof accountClient>;
  let scopedId: string;
  const ids: Record<string, string> = {};
  const contractsOf = (...numbers: string[]) => numbers.map((number) => world.contractId[number]!);

  beforeAll(async () => {
    const vanDamme = world.employerId.vanDamme;
    // an end date, so that the tests of the last lasting Master User above do not count on this one
    scopedId = await createUser(t.db, {
      email: 'scoped.master@test.groupdesk.be',
      memberships: [
        {
          employerId: vanDamme,
          role: 'master',
          contractIds: contractsOf('530/00412'),
          endDate: belgianDay(60),
        },
      ],
    });
    for (const [name, numbers] of [
      ['inside', ['530/00412']],
      ['outside', ['530/00413']],
      ['both', ['530/00412', '530/00413']],
    ] as const) {
      ids[name] = await createUser(t.db, {
        email: `scope.${name}@test.groupdesk.be`,
        memberships: [{ employerId: vanDamme, contractIds: contractsOf(...numbers) }],
      });
    }
    scoped = accountClient(t.app, await login(t.app, 'scoped.master@test.groupdesk.be', TEST_PASSWORD));
  });

  it('sees every user, with only their own contracts named, and can act only within them', async () => {
    const response = await scoped.get(usersUrl);
    expect(response.statusCode, response.body).toBe(200);
    const byEmail = Object.fromEntries(
      response.json<{ items: EmployerUser[] }>().items.map((user) => [user.email, user]),
    );
    const numbers = (email: string) => byEmail[email]!.contracts?.map((contract) => contract.number) ?? null;
    expect([
      numbers('scope.inside@test.groupdesk.be'),
      byEmail['scope.inside@test.groupdesk.be']!.editable,
    ]).toEqual([['530/00412'], true]);
    expect(byEmail['scoped.master@test.groupdesk.be']!.editable).toBe(true);
    expect([
      numbers('scope.both@test.groupdesk.be'),
      byEmail['scope.both@test.groupdesk.be']!.editable,
    ]).toEqual([['530/00412'], false]);
    expect([
      numbers('scope.outside@test.groupdesk.be'),
      byEmail['scope.outside@test.groupdesk.be']!.editable,
    ]).toEqual([[], false]);
    expect([numbers('hr@demo.groupdesk.be'), byEmail['hr@demo.groupdesk.be']!.editable]).toEqual([
      null,
      false,
    ]);
    // a Master User with every contract sees and may change everything
    const full = (await master.get(usersUrl)).json<{ items: EmployerUser[] }>().items;
    const both = full.find((user) => user.email === 'scope.both@test.groupdesk.be')!;
    expect([both.contracts?.map((contract) => contract.number), both.editable]).toEqual([
      ['530/00412', '530/00413'],
      true,
    ]);
  });

  it.each([
    ['all contracts', null],
    ['a contract outside theirs', ['530/00413']],
    ['theirs and another', ['530/00412', '530/00413']],
  ])('refuses to grant %s (403), and creates nobody', async (_case, numbers) => {
    const body = invitation('beyond.scope@audit-partners.be', {
      contractIds: numbers && contractsOf(...numbers),
    });
    expectError(await scoped.post(usersUrl, body), 403, 'contracts_outside_scope');
    expect(
      await t.db.select().from(users).where(eq(users.email, 'beyond.scope@audit-partners.be')),
    ).toHaveLength(0);
  });

  it('grants and changes access within their contracts', async () => {
    const granted = await scoped.post(usersUrl, invitation('within.scope@audit-partners.be'));
    expect(granted.statusCode, granted.body).toBe(201);
    const { user } = granted.json<{ user: EmployerUser }>();
    expect(user).toMatchObject({ contracts: [{ number: '530/00412' }], editable: true });
    const changed = await scoped.patch(`${usersUrl}/${user.id}`, { profile: 'write', role: 'master' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<{ user: EmployerUser }>().user).toMatchObject({ role: 'master', editable: true });
    expectError(
      await scoped.patch(`${usersUrl}/${user.id}`, { contractIds: contractsOf('530/00413') }),
      403,
      'contracts_outside_scope',
    );
    expect((await scoped.post(`${usersUrl}/${user.id}/invitation`)).statusCode).toBe(200);
    expect((await scoped.delete(`${usersUrl}/${user.id}`)).statusCode).toBe(200);
  });

  it('cannot widen their own access', async () => {
    for (const contractIds of [null, contractsOf('530/00412', '530/00413')]) {
      expectError(
        await scoped.patch(`${usersUrl}/${scopedId}`, { contractIds }),
        403,
        'contracts_outside_scope',
      );
    }
    const session = (await scoped.get('/api/session')).json<SessionResponse>();
    expect(session.employers.find((e) => e.id === world.employerId.vanDamme)?.contractIds).toEqual(
      contractsOf('530/00412'),
    );
  });

  it('cannot change, revoke or invite again a user who has contracts outside theirs', async () => {
    const hrId = (await t.db.select().from(users).where(eq(users.email, 'hr@demo.groupdesk.be')))[0]!.id;
    for (const userId of [ids.both!, ids.outside!, hrId]) {
      expectError(
        await scoped.patch(`${usersUrl}/${userId}`, { profile: 'read' }),
        403,
        'user_outside_scope',
      );
      expectError(await scoped.delete(`${usersUrl}/${userId}`), 403, 'user_outside_scope');
      expectError(await scoped.post(`${usersUrl}/${userId}/invitation`), 403, 'user_outside_scope');
    }
    const [both] = await t.db
      .select()
      .from(schema.memberships)
      .where(eq(schema.memberships.userId, ids.both!));
    expect(both).toMatchObject({ profile: 'write', revokedAt: null });
    // a Master User with those contracts can
    expect((await master.patch(`${usersUrl}/${ids.both}`, { profile: 'read' })).statusCode).toBe(200);
  });
});
