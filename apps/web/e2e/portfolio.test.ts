import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

const percent = (share: number) =>
  new Intl.NumberFormat('en-BE', { style: 'percent', maximumFractionDigits: 0 }).format(share);

describe("the account manager's portfolio in the browser", () => {
  it('is their home: figures by employer, sortable, the coverage chart, and read-only employers whose views are journaled', async () => {
    const context = await app.browser.newContext({
      locale: 'en-BE',
      viewport: { width: 1440, height: 1000 },
    });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'am@insurer.groupdesk.be');
      await page.waitForURL(/\/portfolio$/);
      await page.getByRole('heading', { name: 'Your portfolio', level: 1 }).waitFor();

      const figures = await app.database.db.execute<{
        name: string;
        affiliates: number;
        with_email: number;
      }>(sql`
        select e.name, count(a.id)::int as affiliates, count(a.professional_email)::int as with_email
        from employers e join portfolios p on p.employer_id = e.id
        join users u on u.id = p.account_manager_id and u.email = 'am@insurer.groupdesk.be'
        left join affiliates a on a.employer_id = e.id group by e.name`);
      const table = page.getByRole('table', { name: 'Your portfolio' });
      const rows = table.locator('tbody > tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(figures.rows.length);
      for (const employer of figures.rows) {
        const row = rows.filter({ hasText: employer.name });
        await row
          .getByText(percent(employer.with_email / employer.affiliates), { exact: true })
          .first()
          .waitFor();
      }

      // sorted by the share of professional addresses, the largest first, then back
      await table.getByRole('button', { name: 'Professional e-mail' }).click();
      await page.waitForURL(/sort=-professionalEmail/);
      const byShare = [...figures.rows].sort(
        (a, b) => b.with_email / b.affiliates - a.with_email / a.affiliates,
      );
      // the URL changes before the table is drawn again
      await expect
        .poll(() => rows.locator('td:first-child a').allTextContents())
        .toEqual(byShare.map((e) => e.name));
      await table.getByRole('button', { name: 'Professional e-mail' }).click();
      await page.waitForURL(/sort=professionalEmail/);
      await expect
        .poll(() => rows.locator('td:first-child a').allTextContents())
        .toEqual(byShare.reverse().map((e) => e.name));

      // the chart of the last 12 months ends on today's share of the whole portfolio
      const chart = page.getByRole('img', {
        name: /^Share of affiliates with a professional e-mail, by month/,
      });
      await chart.waitFor();
      expect(await chart.locator('circle').count()).toBe(12);
      const total = figures.rows.reduce((sum, e) => sum + e.affiliates, 0);
      const withEmail = figures.rows.reduce((sum, e) => sum + e.with_email, 0);
      await page.getByRole('button', { name: 'Show the figures' }).click();
      const points = page
        .getByRole('table', { name: 'E-mail coverage over 12 months' })
        .locator('tbody > tr');
      expect(await points.count()).toBe(12);
      expect(await points.last().locator('td').allTextContents()).toEqual([
        expect.any(String),
        percent(withEmail / total),
        new Intl.NumberFormat('en-BE').format(withEmail),
        new Intl.NumberFormat('en-BE').format(total),
      ]);
      // one employer's line
      const peeters = figures.rows.find((e) => e.name === 'Drukkerij Peeters NV')!;
      await page.getByLabel('Employer', { exact: true }).selectOption({ label: 'Drukkerij Peeters NV' });
      await points
        .last()
        .getByText(new Intl.NumberFormat('en-BE').format(peeters.affiliates), { exact: true })
        .waitFor();

      // an employer opens read-only; an affiliate's page is journaled as their look
      await table.getByRole('link', { name: 'Drukkerij Peeters NV' }).click();
      await page.getByText('Read-only').first().waitFor();
      await page.getByRole('link', { name: 'Affiliates', exact: true }).click();
      const firstAffiliate = page.getByRole('table').locator('tbody > tr a').first();
      await firstAffiliate.click();
      await page.waitForURL(/\/affiliates\/[0-9a-f-]{36}$/);
      const affiliateId = page.url().split('/').at(-1)!;
      await expect
        .poll(async () => {
          const result = await app.database.db.execute<{ n: number }>(sql`
            select count(*)::int as n from journal_entries j join users u on u.id = j.actor_user_id
            where u.email = 'am@insurer.groupdesk.be' and j.kind = 'affiliate.viewed' and j.affiliate_id = ${affiliateId}`);
          return result.rows[0]!.n;
        })
        .toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
