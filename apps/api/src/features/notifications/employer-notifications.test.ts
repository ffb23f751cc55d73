import type { ActionResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountClient } from '../../../test/accounts';
import { type DemoWorld, loadDemoWorld } from '../../../test/fixtures';
import { expectError } from '../../../test/http';
import { columnOf, exportedRows, insuredList, workbookBuffer } from '../../../test/insured-list';
import { eventually, startSmtpServer } from '../../../test/smtp';
import { type TestApp, createTestApp, login } from '../../../test/test-app';
import { type EmailKind, renderEmail } from '../emails/email-templates';

const { emailOutbox, employers, journalEntries } = schema;
const TOKEN = 'back-office-token-for-the-notification-tests';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let world: DemoWorld;
let master: ReturnType<typeof accountClient>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '0.2', BACK_OFFICE_TOKEN: TOKEN });
  world = await loadDemoWorld(t.db);
  master = accountClient(t.app, await login(t.app, 'master@demo.groupdesk.be'));
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const noticesOf = (employerId: string, kind: string) =>
  t.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.employerId, employerId), eq(emailOutbox.kind, kind)));

const addressUrl = (employerId: string) => `/api/employers/${employerId}/notification-address`;

describe('the notification address (the distribution list of the agreement)', () => {
  it('is read by the employer’s users and changed by the Master User only, validated and journaled', async () => {
    const url = addressUrl(world.employerId.lumiere);
    expect((await master.get(url)).json()).toEqual({ notificationEmail: 'hr-team@atelier-lumiere.be' });

    const refused = expectError(
      await master.put(url, { notificationEmail: 'not-a-list' }),
      400,
      'validation_failed',
    );
    expect(refused.details).toEqual([
      expect.objectContaining({ path: 'notificationEmail', code: 'email.invalid' }),
    ]);
    const changed = await master.put(url, { notificationEmail: ' Personnel@Lumiere.be ' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ notificationEmail: 'personnel@lumiere.be' });
    const [journal] = await t.db
      .select()
      .from(journalEntries)
      .where(eq(journalEntries.kind, 'employer.notification-address-changed'));
    expect(journal).toMatchObject({
      employerId: world.employerId.lumiere,
      before: { notificationEmail: 'hr-team@atelier-lumiere.be' },
      after: { notificationEmail: 'personnel@lumiere.be' },
    });

    const hr = accountClient(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
    const vanDammeUrl = addressUrl(world.employerId.vanDamme);
    expect((await hr.get(vanDammeUrl)).json()).toEqual({ notificationEmail: 'hr-team@vandamme.be' });
    expectError(await hr.put(vanDammeUrl, { notificationEmail: 'mine@vandamme.be' }), 403, 'forbidden');
    expectError(await hr.get(url), 404, 'not_found');
  });

  it('when emptied, the employer gets no notices', async () => {
    const url = addressUrl(world.employerId.lumiere);
    expect((await master.put(url, { notificationEmail: '' })).json()).toEqual({ notificationEmail: null });
    const granted = await master.post(`/api/employers/${world.employerId.lumiere}/users`, {
      email: 'silent@lumiere.be',
      name: 'Sam Silent',
      language: 'fr',
      profile: 'read',
      contractIds: null,
      endDate: null,
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(await noticesOf(world.employerId.lumiere, 'employer-access-granted')).toHaveLength(0);
    await master.put(url, { notificationEmail: 'hr-team@atelier-lumiere.be' });
  });
});

describe('notices of new statements', () => {
  it('issuing statements tells each employer once per batch and year, with the count; a retried batch once', async () => {
    const found = await t.db.execute<{ national_number: string; number: string }>(sql`
      select a.national_number, gc.number from affiliates a
      join affiliate_contracts ac on ac.affiliate_id = a.id join group_contracts gc on gc.id = ac.contract_id
      where a.employer_id = ${world.employerId.vanDamme} and a.national_number is not null
      order by a.id limit 3`);
    const statement = (row: { national_number: string; number: string }) => ({
      nationalNumber: row.national_number,
      contractNumber: row.number,
      year: 2031,
      issueDate: '2031-05-02',
      figures: {
        referenceDate: '2031-01-01',
        salary: 40_000,
        occupancyRate: 100,
        employerPremium: 1_000,
        personalPremium: 0,
        vestedReserves: 12_000,
        projectedRetirementCapital: 90_000,
        deathCapital: 80_000,
        disabilityAnnuity: 10_000,
      },
    });
    const issue = (rows: typeof found.rows) =>
      t.app.inject({
        method: 'POST',
        url: '/api/integrations/statements',
        headers: { authorization: `Bearer ${TOKEN}` },
        payload: { statements: rows.map(statement) },
      });
    expect((await issue(found.rows.slice(0, 2))).statusCode).toBe(200);
    // the back office, unsure the first call went through, sends it again: nothing new to tell
    expect((await issue(found.rows.slice(0, 2))).json()).toMatchObject({ created: 0, unchanged: 2 });
    // a second batch the same day is news of its own
    expect((await issue(found.rows.slice(2))).statusCode).toBe(200);
    const notices = await noticesOf(world.employerId.vanDamme, 'employer-statements-available');
    expect(
      notices.map((notice) => notice.payload).sort((a, b) => String(a.count).localeCompare(String(b.count))),
    ).toEqual([
      expect.objectContaining({ year: '2031', count: '1' }),
      expect.objectContaining({ year: '2031', count: '2' }),
    ]);
    expect(notices.every((notice) => notice.recipient === 'hr-team@vandamme.be')).toBe(true);
    // the two notices go out in either order
    const mails = await eventually(() => {
      const sent = smtp.to('hr-team@vandamme.be').filter((m) => m.subject?.includes('2031'));
      return sent.length === 2 ? sent : undefined;
    });
    for (const mail of mails) {
      expect(mail.subject).toBe('Nouveaux Benefit Statements 2031 pour Brasserie Van Damme SA');
    }
    expect(
      mails.map((mail) => /(\d+) nouveau\(x\) Benefit Statement\(s\) 2031/.exec(mail.text ?? '')?.[1]).sort(),
    ).toEqual(['1', '2']);
  });
});

describe('notice of an applied upload', () => {
  it('tells the employer how many addresses the upload recorded, once', async () => {
    const list = insuredList(t, world.employerId.lumiere);
    const { workbook, sheet } = await list.exportWorkbook(master.sessionCookie!);
    const [row] = exportedRows(sheet).filter((r) => r.email === '');
    sheet.getRow(row!.row).getCell(columnOf(sheet, 'E-mail professionnel')).value = 'noticed@lumiere.be';
    const action = await list.uploadAndValidate(
      master.sessionCookie!,
      'list.xlsx',
      await workbookBuffer(workbook),
    );
    const applied = await list.apply(master.sessionCookie!, action.id);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json<ActionResponse>().action.counts.applied).toBe(1);
    const notices = await noticesOf(world.employerId.lumiere, 'employer-upload-applied');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      recipient: 'hr-team@atelier-lumiere.be',
      cause: `upload:${action.id}`,
      payload: { applied: '1', actorName: 'Sophie Master' },
    });
    const mail = await eventually(() =>
      smtp.to('hr-team@atelier-lumiere.be').find((m) => m.subject?.includes('assurés')),
    );
    expect(mail.text).toContain(
      'Sophie Master a appliqué une liste des assurés complétée pour Atelier Lumière SRL',
    );
  });
});

describe('the templates of the employer and access e-mails', () => {
  const kinds: EmailKind[] = [
    'user-access-granted',
    'employer-upload-applied',
    'employer-statements-available',
    'employer-access-granted',
    'employer-access-changed',
    'employer-access-revoked',
  ];
  const values = {
    name: '',
    email: 'x@y.be',
    employerName: 'Brasserie Van Damme SA',
    insurerName: 'groupdesk Assurances',
    portalUrl: 'https://portal.example.be',
    appUrl: 'https://groupdesk.example.be',
    actorName: 'Sophie Master',
    userName: 'Chris',
    userEmail: 'chris@audit.be',
    access: 'consultation',
    scope: 'tous les contrats',
    until: '',
    applied: '3',
    count: '4',
    year: '2031',
  };
  it.each(
    kinds.flatMap((kind) => (['fr', 'nl', 'en', 'de'] as const).map((language) => [kind, language] as const)),
  )('%s in %s fills every placeholder and links to groupdesk, not the portal', (kind, language) => {
    const { subject, text, html } = renderEmail(kind, language, values);
    expect(`${subject}\n${text}`).not.toMatch(/\{\w+\}/);
    expect(text).not.toContain('portal.example.be');
    expect(html).toContain('Brasserie Van Damme SA');
  });
});

describe('the employers table keeps the address', () => {
  it('in lower case', async () => {
    const [row] = await t.db.select().from(employers).where(eq(employers.id, world.employerId.vanDamme));
    expect(row!.notificationEmail).toBe('hr-team@vandamme.be');
  });
});
