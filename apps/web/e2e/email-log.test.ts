import { schema } from '@groupdesk/db';
import { and, asc, eq, isNotNull, isNull, notExists } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../src/lib/format';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();
const logIn = (page: Page, email: string) => app.logIn(page, email, { waitForAffiliates: true });

/** An affiliate who gets an invitation once an address is given: in service, not registered, never invited. */
async function invitableAffiliate() {
  const { affiliates, emailOutbox, employers } = schema;
  const [target] = await app.database.db
    .select({
      id: affiliates.id,
      employerId: affiliates.employerId,
      firstName: affiliates.firstName,
      lastName: affiliates.lastName,
    })
    .from(affiliates)
    .innerJoin(employers, eq(employers.id, affiliates.employerId))
    .where(
      and(
        eq(employers.name, 'Brasserie Van Damme SA'),
        eq(affiliates.employmentStatus, 'in-service'),
        isNull(affiliates.portalRegisteredAt),
        isNotNull(affiliates.nationalNumber),
        notExists(
          app.database.db
            .select({ id: emailOutbox.id })
            .from(emailOutbox)
            .where(and(eq(emailOutbox.affiliateId, affiliates.id), eq(emailOutbox.kind, 'invitation'))),
        ),
      ),
    )
    .orderBy(asc(affiliates.lastName), asc(affiliates.firstName))
    .limit(1);
  expect(target).toBeDefined();
  return target!;
}

const outboxOf = (affiliateId: string) =>
  app.database.db
    .select()
    .from(schema.emailOutbox)
    .where(eq(schema.emailOutbox.affiliateId, affiliateId))
    .orderBy(asc(schema.emailOutbox.createdAt));

describe('the e-mail log in the browser', () => {
  it('shows the e-mails of a changed address, cancels the invitation and sends it again', async () => {
    const target = await invitableAffiliate();
    const affiliatePath = `/employers/${target.employerId}/affiliates/${target.id}`;
    const address = `email-log.${target.id.slice(0, 8)}@vandamme.be`;
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, 'hr@demo.groupdesk.be');

      // a new professional address: a confirmation now, an invitation two days later
      await page.goto(`${app.server.url}${affiliatePath}`);
      await page.getByLabel('Professional e-mail').fill(address);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(/Saved/).first().waitFor();

      const stored = await outboxOf(target.id);
      expect(stored.map((email) => email.kind).sort()).toEqual(['confirmation', 'invitation']);
      const invitation = stored.find((email) => email.kind === 'invitation')!;
      expect(invitation.dueAt.getTime() - invitation.createdAt.getTime()).toBeGreaterThan(47 * 3_600_000);

      // the affiliate page lists both at once, and will not send a second invitation while one is planned
      const section = page.getByRole('region', { name: 'E-mails' });
      await section.getByRole('row').filter({ hasText: 'Invitation to the portal' }).waitFor();
      await section.getByRole('row').filter({ hasText: 'Address confirmation' }).waitFor();
      await section
        .getByText(`An invitation is already scheduled on ${formatDateTime(invitation.dueAt.toISOString())}.`)
        .waitFor();
      expect(await section.getByRole('button', { name: 'Send the invitation again' }).isDisabled()).toBe(
        true,
      );

      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'E-mails' })
        .click();
      await page.waitForURL(/\/emails$/);
      await page.getByRole('heading', { name: 'E-mails', level: 1 }).waitFor();
      const rowsOfTarget = page.getByRole('row').filter({ hasText: address });
      const confirmationRow = rowsOfTarget.filter({ hasText: 'Address confirmation' });
      const invitationRow = rowsOfTarget.filter({ hasText: 'Invitation to the portal' });
      await confirmationRow.waitFor();
      expect(await confirmationRow.getByText(/^(Sent|Scheduled|Sending)$/).count()).toBe(1);
      await invitationRow.getByText('Scheduled', { exact: true }).waitFor();
      await invitationRow.getByText(`on ${formatDateTime(invitation.dueAt.toISOString())}`).waitFor();
      await invitationRow.getByRole('link', { name: new RegExp(target.lastName) }).waitFor();

      // the filters live in the URL; days are typed as the app shows them
      const day = (offset: number) => formatDate(new Date(Date.now() + offset * 86_400_000).toISOString());
      const from = page.getByLabel('From', { exact: true });
      await from.fill(day(2));
      await from.press('Enter');
      await page.waitForURL(/from=\d{4}-\d{2}-\d{2}/);
      await page.getByText('No e-mail matches these filters.').waitFor();
      await from.fill(day(-1));
      await from.press('Enter');
      await confirmationRow.waitFor();
      await page.getByLabel('Kind of e-mail').selectOption('invitation');
      await page.waitForURL(/kind=invitation/);
      await invitationRow.waitFor();
      await confirmationRow.waitFor({ state: 'detached' });

      await invitationRow.getByRole('button', { name: /^Cancel: Invitation to the portal/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Cancel this e-mail?' });
      await dialog.getByText(address).waitFor();
      await dialog.getByRole('button', { name: 'Cancel the e-mail' }).click();
      await page.getByText('E-mail cancelled').waitFor();
      // refetched after the cancel: the row says so, and offers no cancel any more
      await invitationRow.getByText('Cancelled', { exact: true }).waitFor();
      expect(await invitationRow.getByRole('button').count()).toBe(0);
      const [cancelled] = (await outboxOf(target.id)).filter((email) => email.kind === 'invitation');
      expect(cancelled?.status).toBe('cancelled');
      await invitationRow.getByText(cancelled!.lastError!).waitFor();

      // the affiliate page shows its e-mails, and now lets the invitation go again
      await invitationRow.getByRole('link', { name: new RegExp(target.lastName) }).click();
      await page.waitForURL(new RegExp(`${affiliatePath}$`));
      await section.getByRole('row').filter({ hasText: 'Cancelled' }).waitFor();
      await section.getByRole('button', { name: 'Send the invitation again' }).click();
      await page.getByText('Invitation sent', { exact: true }).waitFor();
      await section.getByRole('row').filter({ hasText: 'Invitation to the portal' }).nth(1).waitFor();
      const invitations = (await outboxOf(target.id)).filter((email) => email.kind === 'invitation');
      expect(invitations.map((email) => email.status)).toContain('cancelled');
      expect(invitations).toHaveLength(2);

      await section.getByRole('link', { name: 'See all e-mails of this affiliate' }).click();
      await page.waitForURL(new RegExp(`/emails\\?affiliateId=${target.id}$`));
      // the affiliate page lists the same rows: wait for the log itself before counting
      await page.getByRole('heading', { name: 'E-mails', level: 1 }).waitFor();
      await page.getByRole('row').filter({ hasText: address }).nth(2).waitFor();
      await expect(page.getByRole('row').filter({ hasText: address }).count()).resolves.toBe(3);
      await expect(page.getByLabel('Affiliate', { exact: true }).inputValue()).resolves.toMatch(
        new RegExp(target.lastName),
      );
    } finally {
      await context.close();
    }
  });

  it('shows a read-only user the log without cancel or re-send', async () => {
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, 'viewer@demo.groupdesk.be');
      await page.getByRole('link', { name: 'E-mails' }).click();
      await page.getByRole('heading', { name: 'E-mails', level: 1 }).waitFor();
      // the first test left e-mails behind; whether any are scheduled or not, no row offers a cancel
      await page.getByRole('row').nth(1).getByRole('link').waitFor();
      expect(await page.getByRole('button', { name: /^Cancel/ }).count()).toBe(0);
      await page.getByRole('row').nth(1).getByRole('link').click();
      await page.getByRole('region', { name: 'E-mails' }).getByRole('row').nth(1).waitFor();
      expect(await page.getByRole('button', { name: 'Send the invitation again' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
