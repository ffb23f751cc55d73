import fs from 'node:fs/promises';
import { schema } from '@groupdesk/db';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seededStatementYears } from '../../api/test/fixtures';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();
const logIn = (page: Page, email: string) => app.logIn(page, email, { waitForAffiliates: true });

const { affiliates, benefitStatements, employers, groupContracts } = schema;

/** The affiliate of the demo employer with the longest history, and that history, newest first. */
async function affiliateWithStatements() {
  const [target] = await app.database.db
    .select({ id: affiliates.id, employerId: affiliates.employerId, statements: count() })
    .from(benefitStatements)
    .innerJoin(affiliates, eq(affiliates.id, benefitStatements.affiliateId))
    .innerJoin(employers, eq(employers.id, affiliates.employerId))
    .where(eq(employers.name, 'Brasserie Van Damme SA'))
    .groupBy(affiliates.id, affiliates.employerId, affiliates.lastName)
    .orderBy(desc(count()), asc(affiliates.lastName), asc(affiliates.id))
    .limit(1);
  expect(target?.statements).toBeGreaterThanOrEqual(2);
  const statements = await app.database.db
    .select({
      year: benefitStatements.year,
      contractId: groupContracts.id,
      contractNumber: groupContracts.number,
      contractName: groupContracts.name,
    })
    .from(benefitStatements)
    .innerJoin(groupContracts, eq(groupContracts.id, benefitStatements.contractId))
    .where(eq(benefitStatements.affiliateId, target!.id))
    .orderBy(desc(benefitStatements.year), asc(groupContracts.number));
  return { ...target!, history: statements };
}

const statementsOf = async (contractId: string, year: number) => {
  const [row] = await app.database.db
    .select({ n: count() })
    .from(benefitStatements)
    .where(and(eq(benefitStatements.contractId, contractId), eq(benefitStatements.year, year)));
  return row?.n ?? 0;
};

/** Two affiliates of the demo employer with a statement of that year, whom a search finds by full name. */
async function twoAffiliatesWithStatementOf(year: number) {
  const rows = await app.database.db
    .selectDistinct({
      id: affiliates.id,
      firstName: affiliates.firstName,
      lastName: affiliates.lastName,
    })
    .from(benefitStatements)
    .innerJoin(affiliates, eq(affiliates.id, benefitStatements.affiliateId))
    .innerJoin(employers, eq(employers.id, affiliates.employerId))
    .where(and(eq(employers.name, 'Brasserie Van Damme SA'), eq(benefitStatements.year, year)))
    .orderBy(asc(affiliates.lastName), asc(affiliates.firstName), asc(affiliates.id))
    .limit(2);
  expect(rows).toHaveLength(2);
  const [row] = await app.database.db
    .select({ n: count() })
    .from(benefitStatements)
    .where(
      and(
        eq(benefitStatements.year, year),
        inArray(
          benefitStatements.affiliateId,
          rows.map((affiliate) => affiliate.id),
        ),
      ),
    );
  return { affiliates: rows, statements: row?.n ?? 0 };
}

const isPdf = async (file: string) => (await fs.readFile(file)).subarray(0, 5).toString('latin1');

describe('benefit statements in the browser', () => {
  it('shows the history, downloads one statement and prints a contract’s year', async () => {
    const target = await affiliateWithStatements();
    const newest = target.history[0]!;
    const oldest = target.history.at(-1)!;
    const context = await app.browser.newContext({
      locale: 'en-BE',
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    try {
      await logIn(page, 'hr@demo.groupdesk.be');
      await page.goto(`${app.server.url}/employers/${target.employerId}/affiliates/${target.id}`);

      // the history: one row per year and contract, the newest marked as the one the portal shows
      const section = page.getByRole('region', { name: 'Benefit statements' });
      await section.waitFor();
      const downloads = section.getByRole('link', { name: /^Download the \d{4} statement of contract/ });
      await downloads.first().waitFor();
      expect(await downloads.count()).toBe(target.history.length);
      await section.getByText('Latest — shown on the portal').first().waitFor();
      const newestRow = section
        .getByRole('row')
        .filter({ hasText: String(newest.year) })
        .first();
      await newestRow.getByText('Latest — shown on the portal').waitFor();
      expect(await section.getByText(newest.contractNumber).count()).toBeGreaterThan(0);

      const link = section.getByRole('link', {
        name: `Download the ${oldest.year} statement of contract ${oldest.contractNumber} (PDF)`,
      });
      const [statementPdf] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(statementPdf.suggestedFilename()).toMatch(/\.pdf$/);
      expect(await isPdf(await statementPdf.path())).toBe('%PDF-');

      // print many: a contract's statements of one year, followed on the actions overview
      await page.getByRole('link', { name: 'Actions' }).click();
      await page.getByRole('button', { name: 'Print statements' }).click();
      const dialog = page.getByRole('dialog', { name: 'Print benefit statements' });
      await dialog.getByRole('radio', { name: 'The affiliates of one contract' }).check();
      const contractLabel = `${newest.contractNumber} — ${newest.contractName}`;
      await dialog.getByRole('combobox', { name: 'Contract' }).selectOption({ label: contractLabel });

      // a year without statements is refused in the form, which stays open
      const emptyYear = String(new Date().getFullYear());
      await dialog.getByRole('combobox', { name: 'Year' }).selectOption(emptyYear);
      await dialog.getByRole('button', { name: 'Print', exact: true }).click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: `no statement of ${emptyYear}` })
        .waitFor();

      await dialog.getByRole('combobox', { name: 'Year' }).selectOption(String(newest.year));
      await dialog.getByRole('button', { name: 'Print', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      const printRow = page.getByRole('row').filter({ hasText: 'Print of benefit statements' }).first();
      await printRow.waitFor();
      const printed = await statementsOf(newest.contractId, newest.year);
      await printRow
        .getByText(`${printed} statement${printed === 1 ? '' : 's'}`)
        .waitFor({ timeout: 45_000 });
      const printLink = printRow.getByRole('link', { name: 'Download' });
      await printLink.waitFor();
      const [printPdf] = await Promise.all([page.waitForEvent('download'), printLink.click()]);
      expect(printPdf.suggestedFilename()).toMatch(new RegExp(`-${newest.year}-.*\\.pdf$`));
      expect(await isPdf(await printPdf.path())).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });

  it('prints the statements of the affiliates ticked in the list', async () => {
    // the newest year seeded, which is last year's while the test seed's day is in this year
    const year = seededStatementYears.at(-1)!;
    const chosen = await twoAffiliatesWithStatementOf(year);
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, 'hr@demo.groupdesk.be');
      // the ticks stay while the search changes: one affiliate found at a time
      const searchBox = page.getByRole('textbox', { name: /Search/ });
      for (const affiliate of chosen.affiliates) {
        await searchBox.fill(`${affiliate.firstName} ${affiliate.lastName}`);
        await page.waitForURL(/search=/);
        const tick = page.getByRole('checkbox', {
          name: `Select ${affiliate.lastName.toUpperCase()} ${affiliate.firstName}`,
        });
        await tick.first().check();
      }
      await page.getByText('2 affiliates selected').waitFor();

      await page.getByRole('button', { name: 'Print statements' }).click();
      const dialog = page.getByRole('dialog', { name: 'Print benefit statements' });
      await dialog.getByRole('radio', { name: 'The 2 selected affiliates' }).waitFor();
      expect(await dialog.getByRole('radio', { name: 'The 2 selected affiliates' }).isChecked()).toBe(true);
      await dialog.getByRole('combobox', { name: 'Year' }).selectOption(String(year));
      await dialog.getByRole('button', { name: 'Print', exact: true }).click();

      // off to the actions overview, where the print runs
      await page.waitForURL(/\/actions$/);
      const printRow = page.getByRole('row').filter({ hasText: 'Print of benefit statements' }).first();
      await printRow
        .getByText(`${chosen.statements} statement${chosen.statements === 1 ? '' : 's'}`)
        .waitFor({ timeout: 45_000 });
      await printRow.getByText('2 affiliates').waitFor();
      await printRow.getByRole('link', { name: 'Download' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows a read-only user the history, without print or ticks', async () => {
    const target = await affiliateWithStatements();
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, 'viewer@demo.groupdesk.be');
      // the rows are there before their lack of ticks is counted
      await page
        .getByRole('link')
        .filter({ hasText: /\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/ })
        .first()
        .waitFor();
      expect(await page.getByRole('checkbox').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Print statements' }).count()).toBe(0);
      await page.goto(`${app.server.url}/employers/${target.employerId}/affiliates/${target.id}`);
      const section = page.getByRole('region', { name: 'Benefit statements' });
      await section
        .getByRole('link', { name: /^Download the \d{4} statement/ })
        .first()
        .waitFor();
      await page.getByRole('link', { name: 'Actions' }).click();
      await page.getByRole('heading', { name: 'Actions overview' }).waitFor();
      expect(await page.getByRole('button', { name: 'Print statements' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
