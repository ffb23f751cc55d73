import { schema } from '@groupdesk/db';
import { formatNationalNumber, makeNationalNumber } from '@groupdesk/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

/** Today as the forms take it, dd/mm/yyyy, in Brussels (the API's today). */
const formatDate = (day: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels' }).format(day);

/** A national number nobody holds, of a woman born on 12 March 1990 (even sequence). */
async function freeNumber() {
  const { db } = app.database;
  for (let sequence = 802; ; sequence += 2) {
    const number = makeNationalNumber({ birthDate: '1990-03-12', sequence });
    const [holder] = await db
      .select({ id: schema.affiliates.id })
      .from(schema.affiliates)
      .where(eq(schema.affiliates.nationalNumber, number));
    if (!holder) return number;
  }
}

describe('a new affiliation in the browser', () => {
  it('shows the questionnaire the death capital calls for before saving, then opens the new affiliate', async () => {
    const number = await freeNumber();
    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      await page.getByRole('link', { name: 'New affiliate' }).click();
      await page.getByRole('heading', { name: 'New affiliate', level: 1 }).waitFor();

      await page.getByLabel(/^Last name/).fill('Lambert');
      await page.getByLabel(/^First name/).fill('Julie');
      await page.getByLabel(/^Birth date/).fill('12/03/1990');
      await page.getByRole('combobox', { name: /^Sex/ }).selectOption({ label: 'Female' });
      await page.getByLabel(/^National or BIS number/).fill(number);
      await page.getByLabel('Professional e-mail').fill('julie.lambert@vandamme.be');
      await page.getByRole('combobox', { name: /^Category/ }).selectOption({ label: 'Employees' });
      await page.getByLabel(/^Occupancy rate/).fill('80');
      await page
        .getByRole('combobox', { name: /^Family situation/ })
        .selectOption({ label: 'Legal cohabitant' });
      await page.getByLabel(/^Start date/).fill('01/12/2026');
      await page
        .getByRole('combobox', { name: /^Contract/ })
        .selectOption({ label: '530/00412 — Plan employés' });

      // the organizer's death table from N = 10 on: above the Free Cover Limit, both capitals are asked
      const formality = page.getByRole('status', { name: 'Medical formality' });
      await page.getByLabel('Death capital (EUR)').fill('500 000');
      await formality.getByText(/capital at risk and the life capital/).waitFor();
      await page.getByLabel(/^Capital at risk/).fill('500000');
      await page.getByLabel('Insured life capital (EUR)').fill('100000');
      await page.getByLabel('Disability annuity per year (EUR)').fill('6000');
      // shown before anything is saved
      await formality.getByText('Medical questionnaire').waitFor();
      // until the insurer accepts: an accident fully, an illness up to the Free Cover Limit (400,000 for
      // N 11-99; the annuity of 6,000 is within its own limit and stays whole)
      await formality
        .getByText(/^after an accident, full cover: death capital .*500.000.*annuity .*6.000/)
        .waitFor();
      await formality
        .getByText(/^after an illness, up to the Free Cover Limit: death capital .*400.000.*annuity .*6.000/)
        .waitFor();
      const [before] = await app.database.db
        .select({ id: schema.affiliates.id })
        .from(schema.affiliates)
        .where(eq(schema.affiliates.nationalNumber, number));
      expect(before).toBeUndefined();

      await page.getByRole('button', { name: 'Affiliate', exact: true }).click();
      await page.waitForURL(/\/affiliates\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: /LAMBERT\s+Julie|Lambert\s+Julie/i, level: 1 }).waitFor();
      // the pending acceptance on the affiliate's page, and the affiliation in the history
      await page.getByText('530/00412: medical acceptance awaited').waitFor();
      await page.getByText(formatNationalNumber(number)).first().waitFor();

      const affiliateId = page.url().split('/').pop()!;
      const [stored] = await app.database.db
        .select({
          nationalNumber: schema.affiliates.nationalNumber,
          occupancyRate: schema.affiliates.occupancyRate,
          formality: schema.affiliateContracts.medicalFormality,
          acceptance: schema.affiliateContracts.medicalAcceptance,
        })
        .from(schema.affiliates)
        .innerJoin(schema.affiliateContracts, eq(schema.affiliateContracts.affiliateId, schema.affiliates.id))
        .where(eq(schema.affiliates.id, affiliateId));
      expect(stored).toEqual({
        nationalNumber: number,
        occupancyRate: 80,
        formality: 'questionnaire',
        acceptance: 'pending',
      });
      const journal = await app.database.db
        .select({ kind: schema.journalEntries.kind })
        .from(schema.journalEntries)
        .where(
          and(
            eq(schema.journalEntries.affiliateId, affiliateId),
            eq(schema.journalEntries.kind, 'affiliate.affiliated'),
          ),
        );
      expect(journal).toHaveLength(1);

      // the insurer refuses the risk: the cover is kept up to the Free Cover Limit
      await page.getByRole('button', { name: 'Record the insurer’s decision for 530/00412' }).click();
      const decision = page.getByRole('dialog', { name: 'The insurer’s medical decision' });
      await decision.getByRole('button', { name: 'Record the decision' }).click();
      await decision.getByText('This field is required.').first().waitFor();
      // both the decision and its day are missing
      expect(await decision.getByText('This field is required.').count()).toBe(2);
      await decision.getByRole('radio', { name: 'Refused' }).check();
      await decision.getByLabel(/^Decided on/).fill(formatDate(new Date()));
      await decision.getByRole('button', { name: 'Record the decision' }).click();
      await page
        .getByText('530/00412: medical acceptance refused — covered up to the Free Cover Limit.')
        .waitFor();
      await page.getByText('530/00412: medical acceptance awaited').waitFor({ state: 'detached' });
      const [decided] = await app.database.db
        .select({
          acceptance: schema.affiliateContracts.medicalAcceptance,
          guarantees: schema.affiliateContracts.guarantees,
        })
        .from(schema.affiliateContracts)
        .where(eq(schema.affiliateContracts.affiliateId, affiliateId));
      // N 11-99: 400,000 on death; the annuity of 6,000 was within its own limit
      expect(decided).toMatchObject({
        acceptance: 'refused',
        guarantees: { deathCapital: 400_000, disabilityAnnuity: 6_000 },
      });
    } finally {
      await context.close();
    }
  });
});
