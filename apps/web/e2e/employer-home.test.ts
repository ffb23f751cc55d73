import { contractListResponseSchema, employerListResponseSchema } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { makeNationalNumber } from '@groupdesk/domain';
import { and, eq, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

// the SPA formats counts for en-BE: 1.234
const count = (value: number) => new Intl.NumberFormat('en-BE').format(value);

/** What the API tells this page's user: their only employer's figures and contracts. */
async function employerAsTheApiSays(page: Page) {
  const request = page.context().request;
  const employers = employerListResponseSchema.parse(
    await (await request.get(`${app.server.url}/api/employers`)).json(),
  );
  expect(employers.items).toHaveLength(1);
  const employer = employers.items[0]!;
  const contracts = contractListResponseSchema.parse(
    await (await request.get(`${app.server.url}/api/employers/${employer.id}/contracts`)).json(),
  );
  return { employer, contracts: contracts.items };
}

async function dataRowsOf(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  let rows = 0;
  // the first row holds the headers
  sheet.eachRow((_row, number) => {
    if (number > 1) rows += 1;
  });
  return rows;
}

const { affiliates } = schema;

/** Records a valid, unused national number for every affiliate of the employer that has none. */
async function recordEveryMissingNumber(employerId: string) {
  const { db } = app.database;
  const missing = await db
    .select({ id: affiliates.id, birthDate: affiliates.birthDate, sex: affiliates.sex })
    .from(affiliates)
    .where(and(eq(affiliates.employerId, employerId), isNull(affiliates.nationalNumber)));
  const taken = new Set(
    (await db.select({ number: affiliates.nationalNumber }).from(affiliates)).map((row) => row.number),
  );
  for (const affiliate of missing) {
    // odd sequences are men, even ones women, as the number says
    let sequence = affiliate.sex === 'F' ? 998 : 997;
    const birthDate = affiliate.birthDate ?? '1980-01-01';
    let number = makeNationalNumber({ birthDate, sequence });
    while (taken.has(number)) {
      sequence -= 2;
      number = makeNationalNumber({ birthDate, sequence });
    }
    taken.add(number);
    await db
      .update(affiliates)
      .set({ nationalNumber: number, nationalNumberKind: 'national' })
      .where(eq(affiliates.id, affiliate.id));
  }
}

describe('the employer home page in the browser', () => {
  it('shows the missing numbers, their list and xlsx, and the contracts with their counts', async () => {
    const context = await app.browser.newContext({
      locale: 'en-BE',
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      const { employer, contracts } = await employerAsTheApiSays(page);
      const missing = employer.missingNationalNumberCount;
      // the demo has affiliates without a number: the page's whole point
      expect(missing).toBeGreaterThan(0);

      await page.getByRole('link', { name: 'Home', exact: true }).click();
      await page.waitForURL(new RegExp(`/employers/${employer.id}$`));
      await page.getByRole('heading', { name: employer.name, level: 1 }).waitFor();
      expect(await page.title()).toBe(`${employer.name} · Home · groupdesk`);
      const card = page.getByRole('region', { name: 'Missing national numbers' });
      await card.getByText(count(missing), { exact: true }).waitFor();
      await card.getByText(`${count(missing)} affiliates have no national or BIS number`).waitFor();
      const figures = page.getByRole('region', { name: 'Key figures' });
      const emailShare = figures.getByText(
        `${count(employer.professionalEmailCount)} of ${count(employer.affiliateCount)}`,
      );
      await emailShare.first().waitFor();

      // the contracts, numbered 530/…, with their affiliates by status, each linking to the contract's list
      const contractsSection = page.getByRole('region', { name: 'Group contracts' });
      expect(contracts.length).toBeGreaterThan(0);
      for (const contract of contracts) {
        expect(contract.number).toMatch(/^530\//);
        const row = contractsSection.getByRole('row').filter({ hasText: contract.number });
        await row.waitFor();
        for (const status of ['active', 'passive', 'terminated'] as const) {
          const value = contract.affiliateCounts[status];
          const link = row.getByRole('link', {
            name: `${count(value)} ${status} affiliate${value === 1 ? '' : 's'} in contract ${contract.number}: see them`,
          });
          expect(await link.textContent()).toBe(count(value));
        }
      }
      const first = contracts[0]!;
      await contractsSection
        .getByRole('row')
        .filter({ hasText: first.number })
        .getByRole('link', { name: /active affiliates? in contract/ })
        .click();
      await page.waitForURL(new RegExp(`/affiliates\\?contractId=${first.id}&contractStatus=active$`));
      const filter = page.getByRole('combobox', { name: 'Contract', exact: true });
      await filter.locator('option', { hasText: first.number }).waitFor({ state: 'attached' });
      expect(await filter.inputValue()).toBe(first.id);
      expect(await page.getByRole('combobox', { name: 'Contract status' }).inputValue()).toBe('active');
      // the list holds the contract's active affiliates, as many as the count said
      await page.getByText(`Affiliates found: ${count(first.affiliateCounts.active)}`).waitFor();

      // the missing numbers page: as many as the home page said, and the same in the xlsx
      await page.getByRole('link', { name: 'Home', exact: true }).click();
      await card.getByRole('link', { name: 'See the affiliates without a number' }).click();
      await page.waitForURL(/\/missing-numbers$/);
      await page.getByRole('heading', { name: 'Missing national numbers', level: 1 }).waitFor();
      await page
        .getByText(`${count(missing)} affiliate${missing === 1 ? '' : 's'} without a number`)
        .waitFor();
      const nameLinks = page.getByRole('table').getByRole('link');
      await nameLinks.first().waitFor();
      expect(await nameLinks.count()).toBe(Math.min(missing, 25));

      const download = page.getByRole('link', { name: 'Download (.xlsx)' });
      const [report] = await Promise.all([page.waitForEvent('download'), download.click()]);
      // named in the user's language of correspondence, which may not be the screen's
      expect(report.suggestedFilename()).toMatch(/-\d{4}-\d{2}-\d{2}\.xlsx$/);
      expect(await dataRowsOf(await report.path())).toBe(missing);

      // a name opens the affiliate's page, where the number is added
      await nameLinks.first().click();
      await page.waitForURL(/\/affiliates\/[0-9a-f-]{36}$/);
      await page.getByText('Hidden — no national number').first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('says every affiliate has a number, with nothing to download, once all are recorded', async () => {
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      const { employer } = await employerAsTheApiSays(page);
      await recordEveryMissingNumber(employer.id);
      expect((await employerAsTheApiSays(page)).employer.missingNationalNumberCount).toBe(0);

      // the numbers were written behind the app's back: a fresh load, not the figures cached since login
      await page.goto(`${app.server.url}/employers/${employer.id}`);
      const card = page.getByRole('region', { name: 'Missing national numbers' });
      await card.getByText('Every affiliate has a national or BIS number.').waitFor();
      await card.getByText('0', { exact: true }).waitFor();
      expect(await card.getByRole('link').count()).toBe(0);

      // reached from a bookmark: the empty state, and no report to download
      await page.goto(`${app.server.url}/employers/${employer.id}/missing-numbers`);
      await page
        .getByRole('status')
        .filter({ hasText: 'Every affiliate has a national or BIS number.' })
        .waitFor();
      expect(await page.getByRole('link', { name: 'Download (.xlsx)' }).count()).toBe(0);
      expect(await page.getByRole('table').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
