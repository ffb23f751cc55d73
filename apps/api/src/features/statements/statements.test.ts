import type { StatementListResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { formatNationalNumber } from '@groupdesk/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_PASSWORD,
  createUser,
  journalEntriesOf,
  loadDemoWorld,
  type DemoWorld,
} from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { money, pdfPages } from '../../../test/pdf';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, benefitStatements, groupContracts } = schema;

let t: TestApp;
let world: DemoWorld;
let base: string;
/** an affiliate of Van Damme with statements on two contracts over several years */
let affiliate: { id: string; lastName: string; firstName: string; nationalNumber: string };
let viewer: string;

const INSURER = 'Assurances Test SA';
const PORTAL = 'https://mon-portail.example.be';

beforeAll(async () => {
  t = await createTestApp({ INSURER_NAME: INSURER, PORTAL_URL: PORTAL });
  world = await loadDemoWorld(t.db);
  base = `/api/employers/${world.employerId.vanDamme}/affiliates`;
  const found = await t.db.execute<{ id: string }>(sql`
    select s.affiliate_id as id from benefit_statements s join affiliates a on a.id = s.affiliate_id
    where s.employer_id = ${world.employerId.vanDamme} and a.national_number_kind = 'national'
    group by s.affiliate_id having count(distinct s.contract_id) >= 2 and count(distinct s.year) >= 3
    order by s.affiliate_id limit 1`);
  const [row] = await t.db.select().from(affiliates).where(eq(affiliates.id, found.rows[0]!.id));
  affiliate = { ...row!, nationalNumber: row!.nationalNumber! };
  viewer = await login(t.app, 'viewer@demo.groupdesk.be');
});
afterAll(async () => t.close());

const statementsInDatabase = (affiliateId: string) =>
  t.db.select().from(benefitStatements).where(eq(benefitStatements.affiliateId, affiliateId));

describe('the statements of an affiliate', () => {
  it('lists every year, newest first, with the contract and figures, to a read-only user', async () => {
    const response = await client(t.app, viewer).get(`${base}/${affiliate.id}/statements`);
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json<StatementListResponse>();
    const stored = await statementsInDatabase(affiliate.id);
    expect(items).toHaveLength(stored.length);
    const order = items.map((item) => `${9999 - item.year}:${item.contract.number}`);
    expect(order).toEqual([...order].sort());
    for (const item of items) {
      const row = stored.find((statement) => statement.id === item.id)!;
      expect(item).toMatchObject({ year: row.year, issueDate: row.issueDate, figures: row.figures });
      expect(item.pdfUrl).toBe(`${base}/${affiliate.id}/statements/${item.id}/pdf`);
    }
    // the portal shows only the latest of each contract
    const latest = items.filter((item) => item.latest);
    expect(new Set(latest.map((item) => item.contract.id)).size).toBe(latest.length);
    for (const item of latest) {
      expect(Math.max(...items.filter((i) => i.contract.id === item.contract.id).map((i) => i.year))).toBe(
        item.year,
      );
    }
  });

  it('shows a user limited to one contract only the statements of that contract', async () => {
    const stored = await statementsInDatabase(affiliate.id);
    const contractId = stored[0]!.contractId;
    const email = 'statements-one-contract@test.groupdesk.be';
    await createUser(t.db, {
      email,
      memberships: [{ employerId: world.employerId.vanDamme, profile: 'read', contractIds: [contractId] }],
    });
    const limited = client(t.app, await login(t.app, email, TEST_PASSWORD));
    const { items } = (await limited.get(`${base}/${affiliate.id}/statements`)).json<StatementListResponse>();
    expect(items.length).toBe(stored.filter((row) => row.contractId === contractId).length);
    expect(items.every((item) => item.contract.id === contractId)).toBe(true);
    const other = stored.find((row) => row.contractId !== contractId)!;
    expectError(await limited.get(`${base}/${affiliate.id}/statements/${other.id}/pdf`), 404);
  });

  it("answers 404 for another employer's affiliate, and a statement asked through another affiliate", async () => {
    const [foreign] = await t.db
      .select({ id: affiliates.id })
      .from(affiliates)
      .where(eq(affiliates.employerId, world.employerId.peeters))
      .limit(1);
    const as = client(t.app, viewer);
    expectError(await as.get(`${base}/${foreign!.id}/statements`), 404, 'not_found');
    expectError(
      await as.get(`/api/employers/${world.employerId.peeters}/affiliates/${foreign!.id}/statements`),
      404,
    );
    const [mine] = await statementsInDatabase(affiliate.id);
    expectError(await as.get(`${base}/${foreign!.id}/statements/${mine!.id}/pdf`), 404);
    expect((await as.get(`${base}/${affiliate.id}/statements/${mine!.id}/pdf`)).statusCode).toBe(200);
    expectError(await client(t.app).get(`${base}/${affiliate.id}/statements`), 401);
  });

  it("journals an account manager's look, not an HR officer's", async () => {
    const before = (await journalEntriesOf(t.db, affiliate.id)).length;
    await client(t.app, viewer).get(`${base}/${affiliate.id}/statements`);
    expect(await journalEntriesOf(t.db, affiliate.id)).toHaveLength(before);
    const am = client(t.app, await login(t.app, 'am@insurer.groupdesk.be'));
    expect((await am.get(`${base}/${affiliate.id}/statements`)).statusCode).toBe(200);
    const entries = await journalEntriesOf(t.db, affiliate.id);
    expect(entries.at(-1)).toMatchObject({ kind: 'affiliate.statements-viewed', actorKind: 'user' });
  });
});

/** The contract, reference date, guarantees of the year and premium split, as each language writes them. */
const statementLines = {
  fr: {
    contract: 'Contrat',
    referenceDate: (year: number) => `Date de référence : 1 janvier ${year}`,
    premiumWaiver: (yes: boolean) => `Exonération des primes en cas d'invalidité ${yes ? 'Oui' : 'Non'}`,
    riskPeriod: (days: number) => `Période de risque personnel ${days} jours`,
    employerPremium: 'Prime patronale',
    personalPremium: 'Prime personnelle',
  },
  nl: {
    contract: 'Contract',
    referenceDate: (year: number) => `Referentiedatum: 1 januari ${year}`,
    premiumWaiver: (yes: boolean) => `Premievrijstelling bij invaliditeit ${yes ? 'Ja' : 'Nee'}`,
    riskPeriod: (days: number) => `Eigen risicoperiode ${days} dagen`,
    employerPremium: 'Werkgeversbijdrage',
    personalPremium: 'Persoonlijke bijdrage',
  },
  en: {
    contract: 'Contract',
    referenceDate: (year: number) => `Reference date: 1 January ${year}`,
    premiumWaiver: (yes: boolean) => `Premium waiver in case of disability ${yes ? 'Yes' : 'No'}`,
    riskPeriod: (days: number) => `Personal risk period ${days} days`,
    employerPremium: 'Employer premium',
    personalPremium: 'Personal premium',
  },
  de: {
    contract: 'Vertrag',
    referenceDate: (year: number) => `Stichtag: 1. Januar ${year}`,
    premiumWaiver: (yes: boolean) => `Prämienbefreiung bei Invalidität ${yes ? 'Ja' : 'Nein'}`,
    riskPeriod: (days: number) => `Karenzzeit ${days} Tage`,
    employerPremium: 'Arbeitgeberprämie',
    personalPremium: 'Persönliche Prämie',
  },
};

describe('a statement as a PDF', () => {
  it.each([
    ['fr', 'fr-BE', 'Benefit Statement', 'N° de registre national', 'Capital décès', 'Réserves acquises au'],
    [
      'nl',
      'nl-BE',
      'Benefit Statement',
      'Rijksregisternummer',
      'Overlijdenskapitaal',
      'Verworven reserves op',
    ],
    ['en', 'en-BE', 'Benefit Statement', 'National register number', 'Death capital', 'Vested reserves at'],
    [
      'de',
      'de-BE',
      'Benefit Statement',
      'Nationalregisternummer',
      'Todesfallkapital',
      'Erworbene Reserven zum',
    ],
  ] as const)(
    'in %s: one A4 page with the insurer, employer, affiliate, number, contract, figures and portal',
    async (language, locale, title, numberLabel, deathCapital, reserves) => {
      await t.db.update(affiliates).set({ language }).where(eq(affiliates.id, affiliate.id));
      const [statement] = await t.db
        .select()
        .from(benefitStatements)
        .where(and(eq(benefitStatements.affiliateId, affiliate.id)))
        .orderBy(benefitStatements.year)
        .limit(1);
      const response = await client(t.app, viewer).get(
        `${base}/${affiliate.id}/statements/${statement!.id}/pdf`,
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toMatch(
        new RegExp(
          `^attachment; filename\\*=UTF-8''benefit-statement-${statement!.year}-530-\\d+-[a-z-]+\\.pdf$`,
        ),
      );
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = await pdfPages(response.rawPayload);
      expect(pages).toHaveLength(1);
      const page = pages[0]!;
      const { figures } = statement!;
      const [contract] = await t.db
        .select()
        .from(groupContracts)
        .where(eq(groupContracts.id, statement!.contractId));
      const lines = statementLines[language];
      // the seed issues its figures at 1 January, with the year's guarantees
      expect(figures.referenceDate).toBe(`${statement!.year}-01-01`);
      expect(figures).toMatchObject({
        premiumWaiver: expect.any(Boolean) as boolean,
        personalRiskPeriodDays: contract!.personalRiskPeriodDays,
      });
      for (const text of [
        `${lines.contract} ${contract!.number}`,
        contract!.name,
        lines.referenceDate(statement!.year),
        lines.premiumWaiver(figures.premiumWaiver!),
        lines.riskPeriod(figures.personalRiskPeriodDays!),
        `${lines.employerPremium} ${money(locale, figures.employerPremium)}`,
        `${lines.personalPremium} ${money(locale, figures.personalPremium)}`,
        INSURER,
        'Brasserie Van Damme SA',
        `${title} ${statement!.year}`,
        affiliate.lastName.toUpperCase(),
        affiliate.firstName,
        `${numberLabel}${language === 'fr' ? ' :' : ':'} ${formatNationalNumber(affiliate.nationalNumber)}`,
        deathCapital,
        reserves,
        money(locale, figures.vestedReserves),
        money(locale, figures.projectedRetirementCapital),
        money(locale, figures.deathCapital),
        money(locale, figures.employerPremium + figures.personalPremium),
        PORTAL,
      ]) {
        expect(page).toContain(text);
      }
      const entries = await journalEntriesOf(t.db, affiliate.id);
      expect(entries.at(-1)).toMatchObject({
        kind: 'statement.printed',
        affiliateId: affiliate.id,
        after: { statementId: statement!.id, year: statement!.year },
      });
    },
  );

  it('writes amounts the French way: 12 345,67 €', async () => {
    const [statement] = await statementsInDatabase(affiliate.id);
    await t.db.update(affiliates).set({ language: 'fr' }).where(eq(affiliates.id, affiliate.id));
    await t.db
      .update(benefitStatements)
      .set({ figures: { ...statement!.figures, vestedReserves: 12_345.67 } })
      .where(eq(benefitStatements.id, statement!.id));
    const response = await client(t.app, viewer).get(
      `${base}/${affiliate.id}/statements/${statement!.id}/pdf`,
    );
    expect((await pdfPages(response.rawPayload))[0]).toContain('12 345,67 €');
  });

  it('writes every letter of a name, beyond the Western European ones', async () => {
    const [statement] = await statementsInDatabase(affiliate.id);
    await t.db
      .update(affiliates)
      .set({ firstName: 'Łukasz Ştefan', lastName: 'Dvořák-Őrsi' })
      .where(eq(affiliates.id, affiliate.id));
    const response = await client(t.app, viewer).get(
      `${base}/${affiliate.id}/statements/${statement!.id}/pdf`,
    );
    const page = (await pdfPages(response.rawPayload))[0]!;
    expect(page).toContain('DVOŘÁK-ŐRSI');
    expect(page).toContain('Łukasz Ştefan');
  });
});
