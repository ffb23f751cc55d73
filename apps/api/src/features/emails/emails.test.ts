import type { EmailListResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld, type DemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { columnOf, exportedRows, insuredList, workbookBuffer } from '../../../test/insured-list';
import { eventually, startSmtpServer } from '../../../test/smtp';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, emailOutbox, journalEntries } = schema;
const PORTAL_TOKEN = 'portal-token-for-the-tests-0123456789';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let world: DemoWorld;
let hr: string;
let base: string;

/** An affiliate of Van Damme in service, with a national number, not registered, without address yet. */
async function freshAffiliate(skip = 0) {
  const rows = await t.db
    .select({ id: affiliates.id, language: affiliates.language, nationalNumber: affiliates.nationalNumber })
    .from(affiliates)
    .where(
      and(
        eq(affiliates.employerId, world.employerId.vanDamme),
        isNull(affiliates.professionalEmail),
        isNull(affiliates.portalRegisteredAt),
        isNotNull(affiliates.nationalNumber),
        eq(affiliates.employmentStatus, 'in-service'),
      ),
    )
    .orderBy(affiliates.id)
    .limit(skip + 1)
    .offset(0);
  return rows[skip]!;
}

const setEmail = (affiliateId: string, professionalEmail: string) =>
  client(t.app, hr).send({
    method: 'PATCH',
    url: `${base}/affiliates/${affiliateId}`,
    headers: { 'content-type': 'application/json' },
    payload: { professionalEmail },
  });

const outboxOf = (affiliateId: string) =>
  t.db.select().from(emailOutbox).where(eq(emailOutbox.affiliateId, affiliateId));

beforeAll(async () => {
  smtp = await startSmtpServer({ refuse: ['bounce@vandamme.be'], defer: ['later@vandamme.be'] });
  t = await createTestApp({
    SMTP_URL: smtp.url,
    INVITATION_DELAY: 'PT3S',
    MAIL_POLL_SECONDS: '0.2',
    PORTAL_TOKEN,
    PORTAL_URL: 'https://portal.example.be',
    INSURER_NAME: 'Assurances Exemple',
  });
  world = await loadDemoWorld(t.db);
  hr = await login(t.app, 'hr@demo.groupdesk.be');
  base = `/api/employers/${world.employerId.vanDamme}`;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('e-mails after an address is added', () => {
  it('sends the confirmation at once and the invitation after INVITATION_DELAY, not before', async () => {
    const affiliate = await freshAffiliate();
    const changedAt = Date.now();
    expect((await setEmail(affiliate.id, 'first.added@vandamme.be')).statusCode).toBe(200);

    const [confirmation] = await eventually(() => {
      const received = smtp.to('first.added@vandamme.be');
      return received.length > 0 && received;
    });
    expect(confirmation!.messageId).toMatch(/@groupdesk>?$/);
    expect(confirmation!.date).toBeInstanceOf(Date);
    expect(confirmation!.text).toContain('first.added@vandamme.be');
    expect(confirmation!.text).toContain('Assurances Exemple');
    expect(confirmation!.html).toContain('<p>');
    expect(confirmation!.subject).toBe(
      {
        fr: 'Votre adresse e-mail professionnelle a été enregistrée',
        nl: 'Uw professionele e-mailadres werd geregistreerd',
        en: 'Your work e-mail address has been recorded',
        de: 'Ihre berufliche E-Mail-Adresse wurde registriert',
      }[affiliate.language],
    );
    // the invitation waits for its delay
    expect(smtp.to('first.added@vandamme.be')).toHaveLength(1);
    const invitation = await eventually(
      () =>
        smtp.to('first.added@vandamme.be').find((mail) => mail.text?.includes('https://portal.example.be')),
      15_000,
    );
    expect(invitation.receivedAt - changedAt).toBeGreaterThanOrEqual(3_000);
    const rows = await outboxOf(affiliate.id);
    expect(rows.map((row) => [row.kind, row.status]).sort()).toEqual([
      ['confirmation', 'sent'],
      ['invitation', 'sent'],
    ]);
  });

  it('cancels the invitation of an affiliate who registers on the portal before it goes', async () => {
    const affiliate = await freshAffiliate();
    expect((await setEmail(affiliate.id, 'registers.soon@vandamme.be')).statusCode).toBe(200);
    const registration = (token?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/integrations/portal/registrations',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        payload: {
          nationalNumber: affiliate.nationalNumber,
          privateEmail: 'Private@Mail.be',
          language: 'nl',
        },
      });
    expectError(await registration(), 401);
    expectError(await registration('wrong-token-wrong-token-wrong'), 401);
    const response = await registration(PORTAL_TOKEN);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ affiliateId: affiliate.id, cancelledInvitations: 1 });
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(
      smtp.to('registers.soon@vandamme.be').filter((mail) => mail.text?.includes('portal.example.be')),
    ).toHaveLength(0);
    const [row] = await t.db.select().from(affiliates).where(eq(affiliates.id, affiliate.id));
    expect(row).toMatchObject({ privateEmail: 'private@mail.be', language: 'nl' });
    expect(row!.portalRegisteredAt).not.toBeNull();
    const [entry] = await t.db
      .select()
      .from(journalEntries)
      .where(
        and(
          eq(journalEntries.affiliateId, affiliate.id),
          eq(journalEntries.kind, 'affiliate.portal-registration'),
        ),
      );
    // the employer learns that a private address is known, never the address
    expect(entry).toMatchObject({ actorKind: 'service', after: { privateEmailKnown: true } });
    expect(JSON.stringify(entry)).not.toContain('private@mail.be');
  }, 20_000);

  it('marks a refused address failed with the server’s answer, and retries a deferred one later', async () => {
    const refused = await freshAffiliate();
    expect((await setEmail(refused.id, 'bounce@vandamme.be')).statusCode).toBe(200);
    const [confirmation] = await (async () => {
      for (let i = 0; i < 100; i += 1) {
        const rows = (await outboxOf(refused.id)).filter(
          (row) => row.kind === 'confirmation' && row.status === 'failed',
        );
        if (rows.length) return rows;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return [];
    })();
    expect(confirmation?.lastError).toMatch(/550|mailbox unknown/);

    const deferred = await freshAffiliate();
    expect((await setEmail(deferred.id, 'later@vandamme.be')).statusCode).toBe(200);
    for (let i = 0; i < 100; i += 1) {
      const [row] = (await outboxOf(deferred.id)).filter((r) => r.kind === 'confirmation');
      if (row && row.attempts > 0 && row.status === 'scheduled') {
        expect(row.lastError).toMatch(/451|try again/);
        expect(row.dueAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the deferred e-mail was not rescheduled');
  });
});

describe('the same upload applied twice', () => {
  it('yields no second e-mail', async () => {
    const list = insuredList(t, world.employerId.vanDamme);
    const { workbook, sheet } = await list.exportWorkbook(hr);
    const blank = exportedRows(sheet)
      .filter((row) => row.email === '')
      .slice(0, 2);
    for (const row of blank)
      sheet.getRow(row.row).getCell(columnOf(sheet, 'E-mail professionnel')).value =
        `twice.${row.row}@vandamme.be`;
    const file = await workbookBuffer(workbook);
    const first = await list.uploadAndValidate(hr, 'list.xlsx', file);
    expect((await list.apply(hr, first.id)).statusCode).toBe(200);
    expectError(await list.apply(hr, first.id), 409);
    const again = await list.uploadAndValidate(hr, 'list.xlsx', file);
    expect(again.counts).toMatchObject({ added: 0, changed: 0 });
    expect((await list.apply(hr, again.id)).statusCode).toBe(200);
    await eventually(() => blank.every((row) => smtp.to(`twice.${row.row}@vandamme.be`).length >= 1));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const row of blank) {
      const confirmations = smtp
        .to(`twice.${row.row}@vandamme.be`)
        .filter((mail) => !mail.text?.includes('portal.example.be'));
      expect(confirmations).toHaveLength(1);
    }
  });
});

describe('the e-mail log', () => {
  it('lists, filters, cancels and re-sends; an account manager reads it, journaled', async () => {
    const affiliate = await freshAffiliate();
    expect((await setEmail(affiliate.id, 'logged@vandamme.be')).statusCode).toBe(200);
    const log = await client(t.app, hr).get(`${base}/emails?affiliateId=${affiliate.id}&kind=invitation`);
    expect(log.statusCode, log.body).toBe(200);
    const [invitation] = log.json<EmailListResponse>().items;
    expect(invitation).toMatchObject({
      kind: 'invitation',
      status: 'scheduled',
      recipient: 'logged@vandamme.be',
      affiliate: { id: affiliate.id },
    });
    const cancel = (cookie: string) =>
      client(t.app, cookie).send({
        method: 'POST',
        url: `${base}/emails/${invitation!.id}/cancel`,
        headers: { 'content-type': 'application/json' },
        payload: {},
      });
    expectError(await cancel(await login(t.app, 'viewer@demo.groupdesk.be')), 403);
    const cancelled = await cancel(hr);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ email: { status: 'cancelled' } });
    expectError(await cancel(hr), 409, 'not_scheduled');
    expectError(await client(t.app, hr).get(`${base}/emails?from=2026-02-31`), 400);
    expect(
      (
        await client(t.app, hr).get(
          `${base}/emails?from=2020-01-01&to=2099-12-31&affiliateId=${affiliate.id}`,
        )
      ).json<EmailListResponse>().total,
    ).toBeGreaterThan(0);

    const resend = () =>
      client(t.app, hr).send({
        method: 'POST',
        url: `${base}/affiliates/${affiliate.id}/invitations`,
        headers: { 'content-type': 'application/json' },
        payload: {},
      });
    const resent = await resend();
    expect(resent.statusCode, resent.body).toBe(201);
    expectError(await resend(), 409, 'already_scheduled');
    await eventually(() =>
      smtp.to('logged@vandamme.be').find((mail) => mail.text?.includes('portal.example.be')),
    );

    const am = await login(t.app, 'am@insurer.groupdesk.be');
    const before = (await t.db.select().from(journalEntries).where(eq(journalEntries.kind, 'emails.listed')))
      .length;
    const seen = await client(t.app, am).get(`${base}/emails?status=sent`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<EmailListResponse>().items.every((email) => email.status === 'sent')).toBe(true);
    expect(
      (await t.db.select().from(journalEntries).where(eq(journalEntries.kind, 'emails.listed'))).length,
    ).toBe(before + 1);
    expectError(await cancel(am), 403);
  });

  it("records an account manager's affiliate filter as the entry's affiliate only when it is this employer's", async () => {
    const am = client(t.app, await login(t.app, 'am@insurer.groupdesk.be'));
    const [own] = await t.db
      .select({ id: affiliates.id })
      .from(affiliates)
      .where(eq(affiliates.employerId, world.employerId.vanDamme))
      .limit(1);
    const [peeters] = await t.db
      .select({ id: affiliates.id })
      .from(affiliates)
      .where(eq(affiliates.employerId, world.employerId.peeters))
      .limit(1);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [affiliateId, recorded] of [
      [own!.id, own!.id],
      [peeters!.id, null],
      [unknown, null],
    ] as const) {
      const response = await am.get(`${base}/emails?affiliateId=${affiliateId}`);
      expect(response.statusCode, response.body).toBe(200);
      const [entry] = await t.db
        .select()
        .from(journalEntries)
        .where(eq(journalEntries.kind, 'emails.listed'))
        .orderBy(desc(journalEntries.id))
        .limit(1);
      expect(entry).toMatchObject({
        employerId: world.employerId.vanDamme,
        affiliateId: recorded,
        // the filter as asked, and beside it the affiliate the entry could not be about
        after: recorded ? { query: { affiliateId } } : { affiliateId, query: { affiliateId } },
      });
    }
  });
});
