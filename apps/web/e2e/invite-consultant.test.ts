import { schema } from '@groupdesk/db';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { emlOfOutboxRow } from '../../api/test/mail-files';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

/** The last day of the consultant's mission, a month from now. */
const missionEnd = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

describe('a Master User invites an external consultant', () => {
  it('with one contract and an end date; the consultant sets a password from the e-mail and sees only that contract', async () => {
    const { db } = app.database;
    const [employer] = await db
      .select({ id: schema.employers.id })
      .from(schema.employers)
      .where(eq(schema.employers.name, 'Brasserie Van Damme SA'));
    const [contract] = await db
      .select({ id: schema.groupContracts.id })
      .from(schema.groupContracts)
      .where(eq(schema.groupContracts.number, '530/00413'));
    const consultant = 'chris.audit@consult-partners.be';

    const masterContext = await app.browser.newContext({
      locale: 'en-BE',
      viewport: { width: 1440, height: 900 },
    });
    const consultantContext = await app.browser.newContext({
      locale: 'en-BE',
      viewport: { width: 1366, height: 768 },
    });
    try {
      const master = await masterContext.newPage();
      await app.logIn(master, 'master@demo.groupdesk.be');
      await master.goto(`${app.server.url}/employers/${employer!.id}`);
      await master.getByRole('link', { name: 'Users', exact: true }).click();
      await master.getByRole('heading', { name: 'Users', level: 1 }).waitFor();

      await master.getByRole('button', { name: 'Invite a user' }).click();
      const dialog = master.getByRole('dialog', { name: 'Invite a user' });
      await dialog.getByRole('textbox', { name: /^E-mail/ }).fill(consultant);
      await dialog.getByRole('textbox', { name: /^Name/ }).fill('Chris Audit');
      await dialog.getByLabel('Language of the e-mail').selectOption('en');
      await dialog.getByRole('radio', { name: 'Consultation', exact: true }).check();
      await dialog.getByRole('radio', { name: 'Chosen contracts' }).check();
      // none chosen yet: the form says so, as the API would
      await dialog.getByRole('button', { name: 'Send the invitation' }).click();
      await dialog.getByText(/Choose at least one contract/).waitFor();
      await dialog.getByRole('checkbox', { name: /530\/00413/ }).check();
      await dialog.getByLabel(/End of access/).fill(missionEnd);
      await dialog.getByRole('button', { name: 'Send the invitation' }).click();
      await master.getByText(/receives an e-mail to choose a password/).waitFor();

      const row = master.getByTestId(`user-${consultant}`);
      await row.getByText('Invited').waitFor();
      await row.getByText('530/00413').waitFor();

      // the access e-mail, as the dispatcher wrote it (no SMTP server in this test: an .eml file)
      const [outbox] = await db
        .select({ id: schema.emailOutbox.id })
        .from(schema.emailOutbox)
        .where(
          and(eq(schema.emailOutbox.recipient, consultant), eq(schema.emailOutbox.kind, 'user-invitation')),
        );
      const mail = await emlOfOutboxRow(app.server.app.config.dataDir, outbox!.id);
      expect(mail.subject).toBe('Your groupdesk access for Brasserie Van Damme SA');
      const link = new URL(/https?:\/\/\S+\/set-password\?token=[\w-]+/.exec(mail.text ?? '')![0]);

      const page = await consultantContext.newPage();
      await page.goto(`${app.server.url}${link.pathname}${link.search}`);
      await page
        .getByText('Welcome, Chris Audit. Choose a password to use groupdesk for Brasserie Van Damme SA.')
        .waitFor();
      await page.getByLabel('Password', { exact: true }).fill('too short');
      await page.getByLabel('Password again').fill('too short');
      await page.getByRole('button', { name: 'Save and log in' }).click();
      await page.getByText('A password has at least 12 characters.').waitFor();
      await page.getByLabel('Password', { exact: true }).fill('a consultant passphrase');
      await page.getByLabel('Password again').fill('a consultant passphrase');
      await page.getByRole('button', { name: 'Save and log in' }).click();

      // logged in, on the only employer they have: the affiliates of contract 530/00413 and no others
      await page.waitForURL(new RegExp(`/employers/${employer!.id}$`));
      expect(await page.getByRole('link', { name: 'Users', exact: true }).count()).toBe(0);
      await page.getByRole('link', { name: 'Affiliates', exact: true }).click();
      await page.getByRole('textbox', { name: /Search/ }).waitFor();
      const [inScope] = await db
        .execute<{ n: number }>(
          sql`select count(distinct affiliate_id)::int as n from affiliate_contracts where contract_id = ${contract!.id}`,
        )
        .then((result) => result.rows);
      const [all] = await db
        .execute<{ n: number }>(
          sql`select count(*)::int as n from affiliates where employer_id = ${employer!.id}`,
        )
        .then((result) => result.rows);
      expect(inScope!.n).toBeLessThan(all!.n);
      await page
        .getByText(`Affiliates found: ${new Intl.NumberFormat('en-BE').format(inScope!.n)}`)
        .waitFor();

      const listed = await page.evaluate(async (employerId) => {
        const response = await fetch(`/api/employers/${employerId}/affiliates?pageSize=100`);
        return (await response.json()) as { items: Array<{ id: string }> };
      }, employer!.id);
      const outside = await db.execute<{ id: string }>(sql`
        select a.id from affiliates a where a.id = any(${sql.param(listed.items.map((item) => item.id))}::uuid[])
          and not exists (select 1 from affiliate_contracts ac where ac.affiliate_id = a.id and ac.contract_id = ${contract!.id})`);
      expect(listed.items.length).toBeGreaterThan(0);
      expect(outside.rows).toEqual([]);

      // the master's list shows the consultant active now, with the mission's end
      await master.reload();
      await master.getByTestId(`user-${consultant}`).getByText('Active').waitFor();
    } finally {
      await masterContext.close();
      await consultantContext.close();
    }
  });
});
