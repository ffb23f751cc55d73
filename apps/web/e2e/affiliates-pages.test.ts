import { schema } from '@groupdesk/db';
import { asc, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

/** The affiliates a page of the list shows, in order: the ids its rows link to (none while it loads). */
async function shownIds(page: Page): Promise<string[]> {
  if ((await page.locator('table[aria-busy="false"]').count()) === 0) return [];
  const rows = page.locator('tbody tr');
  const hrefs: string[] = [];
  for (let row = 0; row < (await rows.count()); row += 1) {
    hrefs.push((await rows.nth(row).locator('a[href*="/affiliates/"]').first().getAttribute('href')) ?? '');
  }
  return hrefs.map((href) => href.split('/').at(-1)!.split('?')[0]!);
}

describe('the affiliates list, page after page', () => {
  it('goes to the next and previous pages by cursor and to the last page by number', async () => {
    const { db } = app.database;
    // the list's default order: by name, the id last
    const ordered = await db
      .select({ id: schema.affiliates.id })
      .from(schema.affiliates)
      .innerJoin(schema.employers, eq(schema.employers.id, schema.affiliates.employerId))
      .where(eq(schema.employers.name, 'Brasserie Van Damme SA'))
      .orderBy(asc(schema.affiliates.lastName), asc(schema.affiliates.firstName), asc(schema.affiliates.id));
    const ids = ordered.map((row) => row.id);
    const lastPage = Math.ceil(ids.length / 25);
    expect(lastPage).toBeGreaterThan(3);

    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      await expect.poll(() => shownIds(page)).toEqual(ids.slice(0, 25));

      await page.getByRole('button', { name: 'Next page' }).click();
      await page.waitForURL(/page=2.*after=|after=.*page=2/);
      await expect.poll(() => shownIds(page)).toEqual(ids.slice(25, 50));

      await page.getByRole('button', { name: 'Next page' }).click();
      await page.waitForURL(/page=3/);
      await expect.poll(() => shownIds(page)).toEqual(ids.slice(50, 75));

      await page.getByRole('button', { name: 'Previous page' }).click();
      await page.waitForURL(/before=/);
      await expect.poll(() => shownIds(page)).toEqual(ids.slice(25, 50));

      await page.getByRole('button', { name: 'Last page' }).click();
      await page.waitForURL(new RegExp(`page=${lastPage}`));
      expect(page.url()).not.toMatch(/after=|before=/);
      await expect.poll(() => shownIds(page)).toEqual(ids.slice((lastPage - 1) * 25));

      // a reload of a page reached by cursor shows the same rows
      await page.getByRole('button', { name: 'Previous page' }).click();
      await page.waitForURL(/before=/);
      const before = ids.slice((lastPage - 2) * 25, (lastPage - 1) * 25);
      await expect.poll(() => shownIds(page)).toEqual(before);
      await page.reload();
      await expect.poll(() => shownIds(page)).toEqual(before);
    } finally {
      await context.close();
    }
  });
});
