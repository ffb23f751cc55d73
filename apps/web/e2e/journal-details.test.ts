import { isJournalField, journalValue } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { addDays, todayInBelgium } from '@groupdesk/domain';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fr } from '../src/i18n/fr';
import { browserAppForThisFile } from './browser-app';

const app = browserAppForThisFile();

/** A Van Damme affiliate in service with one active contract that has a premium, and no history. */
async function affiliateWithPremium() {
  const { affiliates, affiliateContracts, employers, groupContracts } = schema;
  const [found] = await app.database.db
    .select({
      id: affiliates.id,
      employerId: affiliates.employerId,
      language: affiliates.language,
      occupancyRate: affiliates.occupancyRate,
      contractId: affiliateContracts.contractId,
      number: groupContracts.number,
      guarantees: affiliateContracts.guarantees,
    })
    .from(affiliates)
    .innerJoin(employers, eq(employers.id, affiliates.employerId))
    .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
    .innerJoin(groupContracts, eq(groupContracts.id, affiliateContracts.contractId))
    .where(
      and(
        eq(employers.name, 'Brasserie Van Damme SA'),
        eq(affiliates.employmentStatus, 'in-service'),
        eq(affiliateContracts.status, 'active'),
        isNotNull(affiliateContracts.annualPremium),
        sql`${affiliateContracts.affiliationDate} < '2020-01-01'`,
        sql`(select count(*) from affiliate_contracts ac where ac.affiliate_id = ${affiliates.id}) = 1`,
        sql`not exists (select 1 from affiliate_events e where e.affiliate_id = ${affiliates.id})`,
        sql`not exists (select 1 from incapacities i where i.affiliate_id = ${affiliates.id})`,
      ),
    )
    .orderBy(desc(affiliates.id))
    .limit(1);
  return found!;
}

/** Every key of a recorded value, those of the objects in it included. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

describe('the journal’s details in the browser', () => {
  it('shows an exit and the changes before it with labelled values, without JSON', async () => {
    const affiliate = await affiliateWithPremium();
    const today = todayInBelgium();
    const api = `${app.server.url}/api/employers/${affiliate.employerId}`;
    const browserContext = await app.browser.newContext({
      locale: 'en-BE',
      viewport: { width: 1440, height: 900 },
    });
    const page = await browserContext.newPage();
    try {
      await app.logIn(page, 'hr@demo.groupdesk.be', { waitForAffiliates: true });
      // entries of other kinds about the same affiliate, sent with the session of the browser
      const send = async (method: 'post' | 'patch', path: string, data: object) => {
        const response = await page.request[method](`${api}${path}`, { data });
        expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
        return (await response.json()) as { id?: string };
      };
      const incapacity = await send('post', '/incapacities', {
        affiliateId: affiliate.id,
        firstDay: addDays(today, -20),
        cause: 'illness',
      });
      await send('post', `/incapacities/${incapacity.id}/close`, { endDate: addDays(today, -5) });
      await send('post', `/affiliates/${affiliate.id}/events`, {
        kind: 'occupancy-rate',
        eventDate: today,
        occupancyRate: affiliate.occupancyRate === 80 ? 60 : 80,
        guarantees: [
          {
            contractId: affiliate.contractId,
            deathCapital: Math.round(affiliate.guarantees.deathCapital * 0.8),
          },
        ],
      });
      await send('post', `/affiliates/${affiliate.id}/events`, {
        kind: 'suspension',
        eventDate: today,
        reason: 'career-break',
      });
      await send('post', `/affiliates/${affiliate.id}/events`, { kind: 'suspension-end', eventDate: today });
      await send('patch', `/affiliates/${affiliate.id}`, {
        language: affiliate.language === 'nl' ? 'fr' : 'nl',
      });

      // the exit, today, through its form: the contract turns passive without a premium
      await page.goto(`${app.server.url}/employers/${affiliate.employerId}/affiliates/${affiliate.id}`);
      await page.getByRole('button', { name: 'Record the exit' }).click();
      const exit = page.getByRole('dialog', { name: 'Exit (leaving the employer)' });
      const [year, month, day] = today.split('-');
      await exit.getByLabel(/^Exit date/).fill(`${day}/${month}/${year}`);
      await exit.getByRole('button', { name: 'Record the exit' }).click();
      await exit.waitFor({ state: 'detached' });

      await page.goto(
        `${app.server.url}/employers/${affiliate.employerId}/journal?affiliateId=${affiliate.id}`,
      );
      const rows = page.getByRole('table').first().locator('tbody > tr');
      await rows.first().getByText('Exit', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Show the details of “Exit”' }).click();
      const details = page.getByRole('table', { name: /^Details of entry/ });
      const row = (label: string) => details.getByRole('row').filter({ hasText: label });
      await row('Employment').getByText('In service', { exact: true }).waitFor();
      await row('Employment').getByText('Left', { exact: true }).waitFor();
      await row('Exit date').getByText(`${day}/${month}/${year}`).waitFor();
      const contracts = row('Contracts').getByRole('cell');
      expect(await contracts.nth(1).innerText()).toMatch(
        new RegExp(`^${affiliate.number} — Status: Active, Annual premium: .*€`),
      );
      expect(await contracts.nth(2).innerText()).toBe(
        `${affiliate.number} — Status: Passive, Annual premium: —`,
      );

      // every entry about the affiliate, opened: labels and readable values, no JSON and no code
      while ((await page.getByRole('button', { name: /^Show the details/ }).count()) > 0) {
        await page
          .getByRole('button', { name: /^Show the details/ })
          .first()
          .click();
      }
      const shown = await page.getByRole('table').first().innerText();
      expect(shown).not.toMatch(/[{}[\]"]/);
      for (const code of [
        'employmentStatus',
        'leftOn',
        'occupancyRate',
        'guarantees',
        'career-break',
        'illness',
      ]) {
        expect(shown).not.toContain(code);
      }
      expect(shown).toContain('Career break');
      expect(shown).toContain(`${affiliate.number} — Death capital: `);
      expect(shown).toContain('Mutation date');
    } finally {
      await browserContext.close();
    }

    // every key recorded in this database's journal, by the API in the steps above and the login, has its label
    const entries = await app.database.db
      .select({
        kind: schema.journalEntries.kind,
        before: schema.journalEntries.before,
        after: schema.journalEntries.after,
      })
      .from(schema.journalEntries);
    const kinds = new Set(entries.map((entry) => entry.kind));
    expect(kinds).toEqual(
      new Set([
        'session.login',
        'incapacity.declared',
        'incapacity.closed',
        'affiliate.occupancy-rate',
        'affiliate.suspension',
        'affiliate.suspension-end',
        'affiliate.updated',
        'affiliate.exit',
      ]),
    );
    const keys = new Set(entries.flatMap((entry) => [...keysOf(entry.before), ...keysOf(entry.after)]));
    expect([...keys].filter((key) => !isJournalField(key))).toEqual([]);
    for (const entry of entries) {
      for (const [field, value] of Object.entries({ ...entry.before, ...entry.after })) {
        expect(
          journalValue(field, value, { entryKind: entry.kind, dictionary: fr, language: 'fr' }).kind,
          `${entry.kind} ${field}`,
        ).not.toBe('json');
      }
    }
  });
});
