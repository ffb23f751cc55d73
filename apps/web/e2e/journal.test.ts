import { schema } from '@groupdesk/db';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

async function vanDammeAffiliate() {
  const { affiliates, employers } = schema;
  const [target] = await app.database.db
    .select({
      id: affiliates.id,
      employerId: affiliates.employerId,
      lastName: affiliates.lastName,
      professionalEmail: affiliates.professionalEmail,
    })
    .from(affiliates)
    .innerJoin(employers, eq(employers.id, affiliates.employerId))
    .where(and(eq(employers.name, 'Brasserie Van Damme SA'), isNotNull(affiliates.nationalNumber)))
    .orderBy(asc(affiliates.lastName), asc(affiliates.id))
    .limit(1);
  return target!;
}

describe('the journal in the browser', () => {
  it('shows a change with its before and after, filters in the URL, pages and exports', async () => {
    const target = await vanDammeAffiliate();
    const address = `journal.${target.id.slice(0, 8)}@vandamme.be`;
    // older entries, so that the journal has more than one page
    await app.database.db.execute(sql`insert into journal_entries (employer_id, at, actor_kind, kind, after)
      select ${target.employerId}::uuid, timestamptz '2026-01-05 09:00:00+00' + n * interval '1 minute', 'system',
        'email.cancelled', jsonb_build_object('count', n)
      from generate_series(1, 120) as n`);
    const context = await app.browser.newContext({
      locale: 'en-BE',
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      await page.goto(`${app.server.url}/employers/${target.employerId}/affiliates/${target.id}`);
      await page.getByLabel('Professional e-mail').fill(address);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(/Saved/).first().waitFor();

      // the affiliate's page shows their latest entries, and leads to their whole journal
      const section = page.getByRole('region', { name: 'Journal' });
      await section.getByRole('row').filter({ hasText: 'Affiliate data changed' }).waitFor();
      await section.getByRole('link', { name: 'All entries about this affiliate' }).click();
      await page.waitForURL(new RegExp(`/journal\\?affiliateId=${target.id}$`));
      await page.getByLabel('Affiliate', { exact: true }).waitFor();
      // the affiliate's name fills in once their page of the journal has loaded
      await expect
        .poll(() => page.getByLabel('Affiliate', { exact: true }).inputValue())
        .toMatch(new RegExp(target.lastName));

      // the journal is in the main navigation; the change is on top, newest first
      await page.getByRole('link', { name: 'Journal', exact: true }).click();
      await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
      const rows = page.getByRole('table').first().locator('tbody > tr');
      const change = rows.first();
      await change.getByText('Affiliate data changed').waitFor();
      await change.getByText('Hugo Renard').waitFor();
      await change.getByRole('link', { name: new RegExp(target.lastName) }).waitFor();

      // its details: the address before and after, marked as changed
      await change.getByRole('button', { name: 'Show the details of “Affiliate data changed”' }).click();
      const details = page.getByRole('table', { name: /^Details of entry/ });
      const addressRow = details.getByRole('row').filter({ hasText: 'Professional e-mail' });
      await addressRow.getByText(address).waitFor();
      await addressRow.getByText('changed').waitFor();
      if (target.professionalEmail) await addressRow.getByText(target.professionalEmail).waitFor();
      else await addressRow.getByText('empty').waitFor();

      // 50 entries a page; on and back again
      expect(await page.getByRole('button', { name: /^(Show|Hide) the details/ }).count()).toBe(50);
      await page.getByRole('button', { name: 'Next page' }).click();
      await page.waitForURL(/after=\d+/);
      await rows.first().getByText('E-mail cancelled').waitFor();
      expect(await rows.getByText('Affiliate data changed').count()).toBe(0);
      await page.getByRole('button', { name: 'Previous page' }).click();
      await page.waitForURL((url) => !url.searchParams.has('after'));
      await rows.first().getByText('Affiliate data changed').waitFor();

      // filters live in the URL and survive a reload
      await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Affiliate data changed' });
      await page.waitForURL(/kind=affiliate\.updated/);
      await page.getByLabel('Search').fill(target.lastName.slice(0, 5));
      await page.waitForURL(/search=/);
      await page.reload();
      await rows.first().getByText('Affiliate data changed').waitFor();
      expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe('affiliate.updated');
      expect(await page.getByLabel('Search').inputValue()).toBe(target.lastName.slice(0, 5));
      expect(await rows.getByText('E-mail cancelled').count()).toBe(0);

      // the export holds the same entries as the filtered page
      const shown = await page.getByRole('button', { name: /^Show the details/ }).count();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Export to Excel' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^(journal|logboek)-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const sheet = workbook.worksheets[0]!;
      expect(sheet.rowCount - 1).toBe(shown);
      expect(sheet.getRow(2).getCell(3).value).toBe('affiliate.updated');

      // clearing the filters brings every entry back
      await page.getByRole('button', { name: 'Clear the filters' }).click();
      await page.waitForURL((url) => url.search === '');
      await rows.nth(49).waitFor();
    } finally {
      await context.close();
    }
  });
});
