import { schema } from '@groupdesk/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld } from '../../../test/fixtures';
import { client } from '../../../test/http';
import { pdfPages } from '../../../test/pdf';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliateContracts, affiliates, benefitStatements, groupContracts } = schema;

let t: TestApp;
let viewer: string;
/** a statement of Van Damme, printed in English, with the affiliation and contract it belongs to */
let statement: typeof benefitStatements.$inferSelect;
let url: string;

beforeAll(async () => {
  t = await createTestApp();
  const world = await loadDemoWorld(t.db);
  const found = await t.db.execute<{ id: string }>(sql`
    select s.id from benefit_statements s join affiliate_contracts ac
      on ac.affiliate_id = s.affiliate_id and ac.contract_id = s.contract_id
    where s.employer_id = ${world.employerId.vanDamme} order by s.id limit 1`);
  const [row] = await t.db
    .select()
    .from(benefitStatements)
    .where(eq(benefitStatements.id, found.rows[0]!.id));
  statement = row!;
  await t.db.update(affiliates).set({ language: 'en' }).where(eq(affiliates.id, statement.affiliateId));
  url = `/api/employers/${world.employerId.vanDamme}/affiliates/${statement.affiliateId}/statements/${statement.id}/pdf`;
  viewer = await login(t.app, 'viewer@demo.groupdesk.be');
});
afterAll(async () => t.close());

/** The premium waiver and the risk period as they stand today, on the affiliation and on the contract. */
async function today(premiumWaiver: boolean, personalRiskPeriodDays: number) {
  const [affiliation] = await t.db
    .select({ guarantees: affiliateContracts.guarantees })
    .from(affiliateContracts)
    .where(
      and(
        eq(affiliateContracts.affiliateId, statement.affiliateId),
        eq(affiliateContracts.contractId, statement.contractId),
      ),
    );
  await t.db
    .update(affiliateContracts)
    .set({ guarantees: { ...affiliation!.guarantees, premiumWaiver } })
    .where(
      and(
        eq(affiliateContracts.affiliateId, statement.affiliateId),
        eq(affiliateContracts.contractId, statement.contractId),
      ),
    );
  await t.db
    .update(groupContracts)
    .set({ personalRiskPeriodDays })
    .where(eq(groupContracts.id, statement.contractId));
}

const printedPage = async () => {
  const response = await client(t.app, viewer).get(url);
  expect(response.statusCode, response.body).toBe(200);
  return (await pdfPages(response.rawPayload))[0]!;
};

describe("a statement's premium waiver and personal risk period", () => {
  it('are those of the statement, not of the affiliation and contract as they stand today', async () => {
    await t.db
      .update(benefitStatements)
      .set({ figures: { ...statement.figures, premiumWaiver: true, personalRiskPeriodDays: 365 } })
      .where(eq(benefitStatements.id, statement.id));
    await today(false, 30);
    const page = await printedPage();
    expect(page).toContain('Premium waiver in case of disability Yes');
    expect(page).toContain('Personal risk period 365 days');

    await t.db
      .update(benefitStatements)
      .set({ figures: { ...statement.figures, premiumWaiver: false, personalRiskPeriodDays: 180 } })
      .where(eq(benefitStatements.id, statement.id));
    await today(true, 90);
    const other = await printedPage();
    expect(other).toContain('Premium waiver in case of disability No');
    expect(other).toContain('Personal risk period 180 days');
  });

  it("of a statement issued without them: the affiliation's and contract's of today", async () => {
    const { premiumWaiver: _waiver, personalRiskPeriodDays: _period, ...before } = statement.figures;
    await t.db
      .update(benefitStatements)
      .set({ figures: before })
      .where(eq(benefitStatements.id, statement.id));
    await today(true, 60);
    let page = await printedPage();
    expect(page).toContain('Premium waiver in case of disability Yes');
    expect(page).toContain('Personal risk period 60 days');
    await today(false, 90);
    page = await printedPage();
    expect(page).toContain('Premium waiver in case of disability No');
    expect(page).toContain('Personal risk period 90 days');
  });
});
