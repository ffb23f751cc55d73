import type { StatementIssueResponse, StatementListResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { makeNationalNumber } from '@groupdesk/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  journalEntriesOf,
  loadDemoWorld,
  seededStatementYears,
  type DemoWorld,
} from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, benefitStatements, emailOutbox } = schema;
const TOKEN = 'back-office-token-for-the-statement-tests';
const PORTAL_TOKEN = 'portal-token-that-may-not-load-statements';
// the year after the seeded ones: statements not issued yet
const YEAR = seededStatementYears.at(-1)! + 1;

let t: TestApp;
let world: DemoWorld;
/** in service with both addresses, on two contracts */
let both: { id: string; nationalNumber: string; contracts: [string, string] };
/** left, with a private address only */
let left: { id: string; nationalNumber: string; contract: string };

/** the premium waiver and risk period of the year, which back offices that predate them leave out */
const thisYears = { premiumWaiver: true, personalRiskPeriodDays: 30 };
const figures = (vestedReserves: number, guarantees: Partial<typeof thisYears> = thisYears) => ({
  referenceDate: `${YEAR}-01-01`,
  salary: 52_000,
  occupancyRate: 100,
  employerPremium: 2_400,
  personalPremium: 600,
  vestedReserves,
  projectedRetirementCapital: 180_000,
  deathCapital: 104_000,
  disabilityAnnuity: 20_800,
  ...guarantees,
});

const issue = (body: unknown, token: string | null = TOKEN) =>
  t.app.inject({
    method: 'POST',
    url: '/api/integrations/statements',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: body as Record<string, unknown>,
  });

const noticesOf = (affiliateId: string) =>
  t.db
    .select({ recipient: emailOutbox.recipient, cause: emailOutbox.cause })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.affiliateId, affiliateId), eq(emailOutbox.kind, 'statement-notice')));

async function affiliateOn(contracts: number, values: Partial<typeof affiliates.$inferInsert>, skip = 0) {
  const found = await t.db.execute<{ id: string; national_number: string; numbers: string[] }>(sql`
    select a.id, a.national_number, array_agg(gc.number order by gc.number) as numbers
    from affiliates a join affiliate_contracts ac on ac.affiliate_id = a.id
    join group_contracts gc on gc.id = ac.contract_id
    where a.employer_id = ${world.employerId.vanDamme} and a.national_number is not null
    group by a.id having count(*) = ${contracts} order by a.id offset ${skip} limit 1`);
  const row = found.rows[0]!;
  // the exit's date decides who is in service, whatever the seed gave this affiliate
  const leftOn = values.employmentStatus === 'left' ? '2020-01-31' : null;
  await t.db
    .update(affiliates)
    .set({ ...values, leftOn })
    .where(eq(affiliates.id, row.id));
  return { id: row.id, nationalNumber: row.national_number, numbers: row.numbers };
}

beforeAll(async () => {
  t = await createTestApp({ BACK_OFFICE_TOKEN: TOKEN, PORTAL_TOKEN, WORKERS: '0' });
  world = await loadDemoWorld(t.db);
  const a = await affiliateOn(2, {
    employmentStatus: 'in-service',
    professionalEmail: 'issue.both@vandamme.be',
    privateEmail: 'issue.both@home.be',
  });
  both = { id: a.id, nationalNumber: a.nationalNumber, contracts: [a.numbers[0]!, a.numbers[1]!] };
  const b = await affiliateOn(
    1,
    {
      employmentStatus: 'left',
      professionalEmail: 'issue.left@vandamme.be',
      privateEmail: 'issue.left@home.be',
    },
    3,
  );
  left = { id: b.id, nationalNumber: b.nationalNumber, contract: b.numbers[0]! };
});
afterAll(async () => t.close());

describe('issuing statements (insurer back office)', () => {
  const unknownNumber = makeNationalNumber({ birthDate: '1977-03-09', sequence: 997 });
  const firstLoad = () => ({
    statements: [
      {
        nationalNumber: both.nationalNumber,
        contractNumber: both.contracts[0],
        year: YEAR,
        issueDate: `${YEAR}-06-15`,
        figures: figures(40_000),
      },
      {
        nationalNumber: left.nationalNumber,
        contractNumber: left.contract,
        year: YEAR,
        issueDate: `${YEAR}-06-15`,
        figures: figures(9_000, {}),
      },
      {
        nationalNumber: unknownNumber,
        contractNumber: '530/00412',
        year: YEAR,
        issueDate: `${YEAR}-06-15`,
        figures: figures(1),
      },
      {
        nationalNumber: both.nationalNumber,
        contractNumber: '530/99999',
        year: YEAR,
        issueDate: `${YEAR}-06-15`,
        figures: figures(1),
      },
      {
        nationalNumber: left.nationalNumber,
        contractNumber: '530/02250',
        year: YEAR,
        issueDate: `${YEAR}-06-15`,
        figures: figures(1),
      },
    ],
  });

  it('creates the new statements, queues one notice per known address, lists the unknown ones', async () => {
    const response = await issue(firstLoad());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<StatementIssueResponse>()).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      notices: 3,
      unknown: [
        { nationalNumber: unknownNumber, contractNumber: '530/00412', year: YEAR, reason: 'affiliate' },
        { nationalNumber: both.nationalNumber, contractNumber: '530/99999', year: YEAR, reason: 'contract' },
        {
          nationalNumber: left.nationalNumber,
          contractNumber: '530/02250',
          year: YEAR,
          reason: 'affiliation',
        },
      ],
    });
    const [statement] = await t.db
      .select()
      .from(benefitStatements)
      .where(and(eq(benefitStatements.affiliateId, both.id), eq(benefitStatements.year, YEAR)));
    expect(statement).toMatchObject({ employerId: world.employerId.vanDamme, figures: figures(40_000) });
    const [issuedWithout] = await t.db
      .select({ figures: benefitStatements.figures })
      .from(benefitStatements)
      .where(and(eq(benefitStatements.affiliateId, left.id), eq(benefitStatements.year, YEAR)));
    expect(issuedWithout!.figures).toEqual(figures(9_000, {}));
    // in service: both addresses; left: the private one only (000_…, question 16)
    expect((await noticesOf(both.id)).map((row) => row.recipient).sort()).toEqual([
      'issue.both@home.be',
      'issue.both@vandamme.be',
    ]);
    expect(await noticesOf(left.id)).toEqual([
      { recipient: 'issue.left@home.be', cause: expect.stringMatching(/^statement:/) as string },
    ]);
    expect((await journalEntriesOf(t.db, both.id)).at(-1)).toMatchObject({
      kind: 'statement.issued',
      actorKind: 'service',
      actorUserId: null,
      before: null,
      after: { statementId: statement!.id, year: YEAR, contractNumber: both.contracts[0] },
    });
    // the employer sees it first in the history
    const hr = client(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
    const list = await hr.get(`/api/employers/${world.employerId.vanDamme}/affiliates/${both.id}/statements`);
    expect(list.json<StatementListResponse>().items[0]).toMatchObject({ id: statement!.id, latest: true });
  });

  it('does nothing for a statement issued again the same, and queues no second notice', async () => {
    const journal = (await journalEntriesOf(t.db, both.id)).length;
    const response = await issue(firstLoad());
    expect(response.json<StatementIssueResponse>()).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
      notices: 0,
    });
    expect(await noticesOf(both.id)).toHaveLength(2);
    expect(await journalEntriesOf(t.db, both.id)).toHaveLength(journal);
  });

  it('replaces changed figures with the before and after journaled, without a new notice', async () => {
    const body = { statements: [{ ...firstLoad().statements[0]!, figures: figures(41_500) }] };
    expect((await issue(body)).json<StatementIssueResponse>()).toMatchObject({
      created: 0,
      updated: 1,
      notices: 0,
    });
    expect(await noticesOf(both.id)).toHaveLength(2);
    expect((await journalEntriesOf(t.db, both.id)).at(-1)).toMatchObject({
      kind: 'statement.updated',
      actorKind: 'service',
      before: { figures: { vestedReserves: 40_000 } },
      after: { figures: { vestedReserves: 41_500 } },
    });
  });

  it("a second contract's statement of the same year is created, with no second notice to the same address", async () => {
    const body = {
      statements: [{ ...firstLoad().statements[0]!, contractNumber: both.contracts[1] }],
    };
    expect((await issue(body)).json<StatementIssueResponse>()).toMatchObject({ created: 1, notices: 0 });
    expect(await noticesOf(both.id)).toHaveLength(2);
  });

  it('refuses a wrong token (401), the portal token, no token, and an invalid body (400)', async () => {
    const body = firstLoad();
    expectError(await issue(body, 'not-the-token-not-the-token'), 401, 'unauthorized');
    expectError(await issue(body, PORTAL_TOKEN), 401, 'unauthorized');
    expectError(await issue(body, null), 401, 'unauthorized');
    const hr = await login(t.app, 'hr@demo.groupdesk.be');
    expectError(
      await t.app.inject({
        method: 'POST',
        url: '/api/integrations/statements',
        headers: { cookie: hr },
        payload: body,
      }),
      401,
    );

    const wrongDigits = `${both.nationalNumber.slice(0, 9)}${String((Number(both.nationalNumber.slice(9)) + 1) % 100).padStart(2, '0')}`;
    const invalid = expectError(
      await issue({ statements: [{ ...body.statements[0]!, nationalNumber: wrongDigits }] }),
      400,
    );
    expect(invalid.details).toEqual([expect.objectContaining({ code: 'nationalNumber.checksum' })]);
    // a contract's personal risk period is 30, 60, 90, 180 or 365 days (seed 002)
    for (const days of [1.5, 45, 0]) {
      const period = { ...body.statements[0]!, figures: figures(1, { personalRiskPeriodDays: days }) };
      expect(expectError(await issue({ statements: [period] }), 400).details).toEqual([
        expect.objectContaining({ path: 'statements.0.figures.personalRiskPeriodDays' }),
      ]);
    }
    const duplicate = expectError(await issue({ statements: [body.statements[0], body.statements[0]] }), 400);
    expect(duplicate.details).toEqual([expect.objectContaining({ path: 'statements.1' })]);
    expectError(await issue({ statements: [] }), 400);
  });

  it('answers 503 when the back-office token is not configured', async () => {
    const bare = await createTestApp({ WORKERS: '0' });
    try {
      const response = await bare.app.inject({
        method: 'POST',
        url: '/api/integrations/statements',
        headers: { authorization: `Bearer ${TOKEN}` },
        payload: firstLoad(),
      });
      expectError(response, 503, 'not_configured');
    } finally {
      await bare.close();
    }
  });
});
