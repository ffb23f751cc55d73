import { schema } from '@groupdesk/db';
import { formatNationalNumber } from '@groupdesk/domain';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();
const logIn = (page: Page, email: string) => app.logIn(page, email, { waitForAffiliates: true });

describe('an HR officer in the browser', () => {
  it('logs in, finds an affiliate by name and by national number, and changes the e-mail', async () => {
    const { db } = app.database;
    const [target] = await db
      .select({
        id: schema.affiliates.id,
        firstName: schema.affiliates.firstName,
        lastName: schema.affiliates.lastName,
        nationalNumber: schema.affiliates.nationalNumber,
      })
      .from(schema.affiliates)
      .innerJoin(schema.employers, eq(schema.employers.id, schema.affiliates.employerId))
      .where(
        and(eq(schema.employers.name, 'Brasserie Van Damme SA'), isNotNull(schema.affiliates.nationalNumber)),
      )
      .orderBy(asc(schema.affiliates.lastName), asc(schema.affiliates.firstName))
      .limit(1);
    expect(target).toBeDefined();

    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    try {
      await logIn(page, 'hr@demo.groupdesk.be');

      // one employer: straight to its affiliates
      const searchBox = page.getByRole('textbox', { name: /Search/ });
      await searchBox.waitFor();
      await searchBox.fill(formatNationalNumber(target!.nationalNumber!));
      const row = page.getByRole('link', { name: new RegExp(target!.lastName) }).first();
      await row.waitFor();
      await expect(page.getByRole('link', { name: new RegExp(target!.lastName) }).count()).resolves.toBe(1);

      await searchBox.fill(`${target!.firstName} ${target!.lastName}`);
      await page.waitForURL(/search=/);
      await page
        .getByRole('link', { name: new RegExp(target!.lastName) })
        .first()
        .click();

      await page.waitForURL(new RegExp(`/affiliates/${target!.id}`));
      const email = page.getByLabel('Professional e-mail');
      await email.fill('not an address');
      await page.getByRole('button', { name: 'Save' }).click();
      await page
        .getByText(/valid e-mail address/)
        .first()
        .waitFor();

      const newAddress = `  ${target!.firstName.toUpperCase()}.Browser-Test@VanDamme.be `;
      await email.fill(newAddress);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(/Saved/).first().waitFor();

      const [stored] = await db
        .select({ professionalEmail: schema.affiliates.professionalEmail })
        .from(schema.affiliates)
        .where(eq(schema.affiliates.id, target!.id));
      expect(stored?.professionalEmail).toBe(newAddress.trim().toLowerCase());
      const journal = await db
        .select()
        .from(schema.journalEntries)
        .where(
          and(
            eq(schema.journalEntries.affiliateId, target!.id),
            eq(schema.journalEntries.kind, 'affiliate.updated'),
          ),
        );
      expect(journal).toHaveLength(1);
      expect(journal[0]?.after).toEqual({ professionalEmail: newAddress.trim().toLowerCase() });
    } finally {
      await context.close();
    }
  });

  it('shows a read-only user no edit form', async () => {
    const context = await app.browser.newContext({ locale: 'en-BE' });
    const page = await context.newPage();
    try {
      await logIn(page, 'viewer@demo.groupdesk.be');
      await page.getByRole('textbox', { name: /Search/ }).waitFor();
      // the interface follows the switch, in Dutch and in French, and keeps working
      await page.getByRole('radio', { name: 'NL' }).click();
      await page.getByRole('textbox', { name: /Zoeken/ }).waitFor();
      await page.getByRole('radio', { name: 'FR' }).click();
      await page.getByRole('textbox', { name: /Rechercher/ }).waitFor();
      await page.getByRole('radio', { name: 'EN' }).click();
      await page
        .getByRole('link')
        .filter({ hasText: /\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/ })
        .first()
        .click();
      await page.waitForURL(/\/affiliates\/[0-9a-f-]{36}/);
      await page
        .getByText(/Contracts/)
        .first()
        .waitFor();
      expect(await page.getByLabel('Professional e-mail').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
