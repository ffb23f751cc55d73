import { schema } from '@groupdesk/db';
import { formatNationalNumber, makeNationalNumber } from '@groupdesk/domain';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

/** A valid number for this person that nobody holds yet */
async function freeNumberFor(person: { birthDate: string; sex: 'M' | 'F' }) {
  for (let sequence = person.sex === 'M' ? 1 : 2; sequence < 999; sequence += 2) {
    const number = makeNationalNumber({ birthDate: person.birthDate, sequence });
    const [holder] = await app.database.db
      .select({ id: schema.affiliates.id })
      .from(schema.affiliates)
      .where(eq(schema.affiliates.nationalNumber, number));
    if (!holder) return number;
  }
  throw new Error('no free number left for that day');
}

describe('an HR officer replaces a BIS number by the national number', () => {
  it('is stopped by a number of another birth date, saves the right one, and sees the history', async () => {
    const { db } = app.database;
    const [target] = await db
      .select({
        id: schema.affiliates.id,
        lastName: schema.affiliates.lastName,
        birthDate: schema.affiliates.birthDate,
        sex: schema.affiliates.sex,
        nationalNumber: schema.affiliates.nationalNumber,
      })
      .from(schema.affiliates)
      .innerJoin(schema.employers, eq(schema.employers.id, schema.affiliates.employerId))
      .where(
        and(
          eq(schema.employers.name, 'Brasserie Van Damme SA'),
          eq(schema.affiliates.nationalNumberKind, 'bis'),
          isNotNull(schema.affiliates.birthDate),
          isNotNull(schema.affiliates.sex),
        ),
      )
      .orderBy(asc(schema.affiliates.lastName))
      .limit(1);
    expect(target).toBeDefined();
    const bis = target!.nationalNumber!;
    const national = await freeNumberFor({ birthDate: target!.birthDate!, sex: target!.sex! });
    const wrongDay = await freeNumberFor({
      birthDate: target!.birthDate!.endsWith('-01')
        ? `${target!.birthDate!.slice(0, 8)}02`
        : `${target!.birthDate!.slice(0, 8)}01`,
      sex: target!.sex!,
    });

    const context = await app.browser.newContext({ locale: 'en-BE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      await page.goto(`${app.server.url}/employers/${await employerId()}/affiliates/${target!.id}`);
      const field = page.getByLabel('Replace the BIS number by the national number, or correct it');
      await field.waitFor();

      // the browser refuses it before sending, with the same reason as the API
      await field.fill(formatNationalNumber(wrongDay));
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(/The birth date in this number is not the affiliate/).waitFor();

      await field.fill(national);
      await page
        .getByTestId('number-reading')
        .getByText(/National number · born/)
        .waitFor();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(/Saved/).first().waitFor();

      const history = page.getByRole('region', { name: 'History of the number' });
      await history.getByText('BIS number replaced by the national number').waitFor();
      await history.getByText(formatNationalNumber(bis)).waitFor();
      await history.getByText('Hugo Renard').first().waitFor();
      // the form now offers a correction of the national number, never a way back to the BIS number
      const correction = page.getByLabel('Correct the national number');
      await correction.fill(formatNationalNumber(bis));
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(/A national register number is definitive/).waitFor();
      const [stored] = await db
        .select({ nationalNumber: schema.affiliates.nationalNumber })
        .from(schema.affiliates)
        .where(eq(schema.affiliates.id, target!.id));
      expect(stored).toEqual({ nationalNumber: national });

      // the old number still finds the affiliate
      await page.goto(`${app.server.url}/employers/${await employerId()}/affiliates?search=${bis}`);
      await page
        .getByRole('link', { name: new RegExp(target!.lastName) })
        .first()
        .waitFor();
      await expect(page.getByRole('link', { name: new RegExp(target!.lastName) }).count()).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });
});

async function employerId() {
  const [employer] = await app.database.db
    .select({ id: schema.employers.id })
    .from(schema.employers)
    .where(eq(schema.employers.name, 'Brasserie Van Damme SA'));
  return employer!.id;
}
