import { schema } from '@groupdesk/db';
import { inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();
const logIn = (page: Page, email: string) => app.logIn(page, email, { waitForAffiliates: true });

/** Fills in the professional e-mail of the first rows that have none; returns the file and the addresses. */
async function fillInWorkbook(file: string, count: number) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const headers = sheet.getRow(1).values as unknown[];
  const emailColumn = headers.indexOf('Professional e-mail');
  expect(emailColumn).toBeGreaterThan(0);
  const addresses: string[] = [];
  sheet.eachRow((row, number) => {
    const cell = row.getCell(emailColumn);
    if (number === 1 || addresses.length === count || cell.text !== '') return;
    const address = `round-trip-${addresses.length + 1}@brasserie-vandamme.be`;
    cell.value = address;
    addresses.push(address);
  });
  expect(addresses).toHaveLength(count);
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), addresses };
}

const storedAddresses = async (addresses: string[]) =>
  app.database.db
    .select({ email: schema.affiliates.professionalEmail })
    .from(schema.affiliates)
    .where(inArray(schema.affiliates.professionalEmail, addresses));

describe('the insured-list round trip in the browser', () => {
  it('exports the list, uploads it completed, previews, applies and undoes the change', async () => {
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, 'hr@demo.groupdesk.be');
      await page.getByRole('textbox', { name: /Search/ }).waitFor();
      await page.getByRole('link', { name: 'Actions' }).click();

      await page.getByRole('button', { name: 'Export the insured list' }).click();
      const downloadLink = page.getByRole('link', { name: 'Download' }).first();
      await downloadLink.waitFor({ timeout: 45_000 });
      const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
      const { buffer, addresses } = await fillInWorkbook(await download.path(), 2);

      await page.getByRole('link', { name: 'Upload a completed list' }).click();
      await page.waitForURL(/\/insured-list\/upload$/);
      // a file that is not a workbook is refused in the browser, before anything is sent
      await page.getByLabel('Choose a file').setInputFiles({
        name: 'notes.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('not a workbook'),
      });
      await page.getByRole('alert').filter({ hasText: 'is not an .xlsx or .csv file' }).waitFor();

      await page.getByLabel('Choose a file').setInputFiles({
        name: 'insured-list-completed.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });
      await page.getByRole('button', { name: 'Upload and check' }).click();
      await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);

      // the preview: two addresses added, nothing applied yet
      await page
        .getByText(
          /^2 addresses added, 0 changed; 2 confirmation e-mails now, \d+ invitations? on \d{2}\/\d{2}\/\d{4}$/,
        )
        .first()
        .waitFor({ timeout: 45_000 });
      expect(await storedAddresses(addresses)).toHaveLength(0);
      await page.getByText('Changes (2)').click();
      await page.getByRole('cell', { name: addresses[0] }).waitFor();
      await page.getByRole('cell', { name: addresses[1] }).waitFor();

      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page.getByRole('dialog', { name: 'Apply this upload?' }).waitFor();
      await page.getByRole('button', { name: 'Apply the changes' }).click();
      await page.getByText('Upload applied').first().waitFor();
      await page.getByText('The changes were applied').first().waitFor();
      await page.getByRole('link', { name: 'Download the report' }).waitFor();
      expect(await storedAddresses(addresses)).toHaveLength(2);

      // a read-only user sees the same upload, without the means to undo it
      const viewerContext = await app.browser.newContext({ locale: 'en-BE' });
      try {
        const viewer = await viewerContext.newPage();
        await logIn(viewer, 'viewer@demo.groupdesk.be');
        await viewer.getByRole('textbox', { name: /Search/ }).waitFor();
        await viewer.goto(page.url());
        await viewer.getByText('The changes were applied').first().waitFor();
        expect(await viewer.getByRole('button', { name: 'Undo', exact: true }).count()).toBe(0);
      } finally {
        await viewerContext.close();
      }

      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      const undoDialog = page.getByRole('dialog', { name: 'Undo this upload?' });
      await undoDialog.getByText(/previous addresses come back/).waitFor();
      await undoDialog.getByRole('button', { name: 'Undo the upload' }).click();
      await page.getByText('This upload was undone').first().waitFor();
      expect(await storedAddresses(addresses)).toHaveLength(0);

      // the page follows the language switch
      await page.getByRole('radio', { name: 'FR', exact: true }).click();
      await page.getByText('Ce chargement a été annulé').first().waitFor();
      await page.getByRole('radio', { name: 'EN', exact: true }).click();

      await page.getByRole('link', { name: 'Back to the actions overview' }).click();
      await page.getByText('Undone: 2 restored').waitFor();
    } finally {
      await context.close();
    }
  });
});
