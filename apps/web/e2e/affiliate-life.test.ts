import { schema } from '@groupdesk/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays, todayInBelgium } from '@groupdesk/domain';

import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

/** A Van Damme affiliate in service with one active contract, no history and no incapacity. */
async function quietAffiliate() {
  const [affiliate] = await app.database.db
    .select({ id: schema.affiliates.id, lastName: schema.affiliates.lastName })
    .from(schema.affiliates)
    .innerJoin(schema.employers, eq(schema.employers.id, schema.affiliates.employerId))
    .where(
      and(
        eq(schema.employers.name, 'Brasserie Van Damme SA'),
        eq(schema.affiliates.employmentStatus, 'in-service'),
        sql`(select count(*) from affiliate_contracts ac where ac.affiliate_id = "affiliates"."id" and ac.status = 'active'
          and ac.affiliation_date < '2020-01-01') = 1`,
        sql`not exists (select 1 from affiliate_events e where e.affiliate_id = "affiliates"."id")`,
        sql`not exists (select 1 from incapacities i where i.affiliate_id = "affiliates"."id")`,
      ),
    )
    .orderBy(asc(schema.affiliates.id))
    .limit(1);
  return affiliate!;
}

describe("an affiliate's situation in the browser", () => {
  it('records a change with its mutation date, declares a late incapacity and closes it on the return to work', async () => {
    const affiliate = await quietAffiliate();
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      const employerId = new URL(page.url()).pathname.split('/')[2]!;
      await page.goto(`${app.server.url}/employers/${employerId}/affiliates/${affiliate.id}`);
      await page.getByRole('heading', { name: 'Situation and history' }).waitFor();
      await page.getByText('No event recorded yet.').waitFor();

      await page.getByRole('button', { name: 'Record a change' }).click();
      const change = page.getByRole('dialog', { name: 'Record a change' });
      await change.getByLabel(/^Date of the event/).fill('14/10/2026');
      await change.getByText('Takes effect on 01/11/2026').waitFor();
      await change.getByLabel(/^New occupancy rate/).fill('120');
      await change.getByRole('button', { name: 'Record', exact: true }).click();
      await change.getByText('This number is too large.').waitFor();
      await change.getByLabel(/^New occupancy rate/).fill('80');
      await change.getByRole('button', { name: 'Record', exact: true }).click();
      await change.waitFor({ state: 'detached' });
      await page.getByText('Change of occupancy rate').waitFor();
      await page.getByText('Takes effect on 01/11/2026 (mutation date)').waitFor();
      // the seed recorded no rate for this affiliate: the history shows the new one, the facts too
      await page.getByText('80%', { exact: true }).first().waitFor();

      // a first day long gone: the declaration is late, and says so before it is sent
      await page.getByRole('button', { name: 'Declare an incapacity' }).click();
      const declare = page.getByRole('dialog', { name: 'Declare an incapacity to work' });
      await declare.getByLabel(/^First day of incapacity/).fill('01/03/2026');
      await declare.getByRole('combobox', { name: /^Cause/ }).selectOption({ label: 'Illness' });
      await declare.getByText('Declared late').waitFor();
      await declare.getByText('The insurer had to be told by 15/04/2026').waitFor();
      await declare.getByRole('button', { name: 'Declare', exact: true }).click();
      await declare.waitFor({ state: 'detached' });
      await page.getByText('Illness since 01/03/2026').waitFor();

      await page.getByRole('link', { name: 'Incapacities' }).click();
      const row = page.getByRole('row').filter({ hasText: affiliate.lastName });
      await row.getByText('Late').waitFor();
      await row.getByRole('button', { name: /^Return to work of/ }).click();
      const close = page.getByRole('dialog', { name: 'Return to work' });
      await close.getByLabel(/^Last day of incapacity/).fill('30/09/2026');
      await close.getByRole('button', { name: 'Close the incapacity' }).click();
      await close.waitFor({ state: 'detached' });
      await row.waitFor({ state: 'detached' });

      const [incapacity] = await app.database.db
        .select({ endDate: schema.incapacities.endDate })
        .from(schema.incapacities)
        .where(eq(schema.incapacities.affiliateId, affiliate.id));
      expect(incapacity).toEqual({ endDate: '2026-09-30' });
      const [stored] = await app.database.db
        .select({ occupancyRate: schema.affiliates.occupancyRate })
        .from(schema.affiliates)
        .where(eq(schema.affiliates.id, affiliate.id));
      expect(stored).toEqual({ occupancyRate: 80 });
    } finally {
      await context.close();
    }
  });

  it('records an exit ahead: the affiliate stays in service and the page says when they leave', async () => {
    const affiliate = await quietAffiliate();
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    // forty days from now, as typed (DD/MM/YYYY)
    const [year, month, day] = addDays(todayInBelgium(), 40).split('-');
    const exitDay = `${day}/${month}/${year}`;
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      const employerId = new URL(page.url()).pathname.split('/')[2]!;
      await page.goto(`${app.server.url}/employers/${employerId}/affiliates/${affiliate.id}`);
      await page.getByRole('button', { name: 'Record the exit' }).click();
      const exit = page.getByRole('dialog', { name: 'Exit (leaving the employer)' });
      await exit.getByLabel(/^Exit date/).fill(exitDay);
      await exit.getByRole('button', { name: 'Record the exit' }).click();
      await exit.waitFor({ state: 'detached' });

      await page.getByText(`Leaves on ${exitDay}`).first().waitFor();
      await page.getByText('In service', { exact: true }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Record the exit' }).count()).toBe(0);
      // changes before the exit can still be recorded
      await page.getByRole('button', { name: 'Record a change' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('records an exit today: the contract turns passive without a premium, on the page and in the home counts', async () => {
    const affiliate = await quietAffiliate();
    const [link] = await app.database.db
      .select({ contractId: schema.affiliateContracts.contractId, number: schema.groupContracts.number })
      .from(schema.affiliateContracts)
      .innerJoin(schema.groupContracts, eq(schema.groupContracts.id, schema.affiliateContracts.contractId))
      .where(
        and(
          eq(schema.affiliateContracts.affiliateId, affiliate.id),
          eq(schema.affiliateContracts.status, 'active'),
        ),
      );
    const passiveIn = async () =>
      (
        await app.database.db
          .select({ id: schema.affiliateContracts.id })
          .from(schema.affiliateContracts)
          .where(
            and(
              eq(schema.affiliateContracts.contractId, link!.contractId),
              eq(schema.affiliateContracts.status, 'passive'),
            ),
          )
      ).length;
    const passiveBefore = await passiveIn();
    const countLink = (count: number) =>
      `${count} passive affiliate${count === 1 ? '' : 's'} in contract ${link!.number}: see them`;
    const [year, month, day] = todayInBelgium().split('-');
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      const employerId = new URL(page.url()).pathname.split('/')[2]!;
      // the home page first, so that its contract counts are in the cache when the exit is recorded
      await page.getByRole('link', { name: 'Home' }).click();
      await page
        .getByRole('link', {
          name: countLink(passiveBefore),
        })
        .waitFor();
      await page.goto(`${app.server.url}/employers/${employerId}/affiliates/${affiliate.id}`);
      const contract = page.getByRole('article').filter({ hasText: link!.number });
      await contract.getByText('Active', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Record the exit' }).click();
      const exit = page.getByRole('dialog', { name: 'Exit (leaving the employer)' });
      await exit.getByLabel(/^Exit date/).fill(`${day}/${month}/${year}`);
      await exit.getByRole('button', { name: 'Record the exit' }).click();
      await exit.waitFor({ state: 'detached' });

      await contract.getByText('Passive', { exact: true }).waitFor();
      expect(await contract.getByText('Active', { exact: true }).count()).toBe(0);
      // no premium any more; the reserves stay
      const premium = contract.locator(
        'xpath=.//dt[normalize-space()="Annual premium"]/following-sibling::dd[1]',
      );
      expect(await premium.textContent()).toBe('—');
      expect(await passiveIn()).toBe(passiveBefore + 1);

      await page.getByRole('link', { name: 'Home' }).click();
      await page
        .getByRole('link', {
          name: countLink(passiveBefore + 1),
        })
        .waitFor();
    } finally {
      await context.close();
    }
  });
});
