import type { Action, ActionResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { formatNationalNumber } from '@groupdesk/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loadDemoWorld, seededStatementYears, type DemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { pdfPages } from '../../../test/pdf';
import { type TestApp, createTestApp, login, waitForAction } from '../../../test/test-app';
import { createAction } from '../actions/action-queries';
import { runStatementPrint } from './statement-print-job';

const { journalEntries } = schema;
// the year before the newest: not the one a new issue would replace
const YEAR = seededStatementYears.at(-2)!;

let t: TestApp;
let world: DemoWorld;
let employerUrl: string;
let hr: string;

const print = (cookie: string, body: unknown, employerId = world.employerId.vanDamme) =>
  client(t.app, cookie).send({
    method: 'POST',
    url: `/api/employers/${employerId}/statements/prints`,
    payload: body as Record<string, unknown>,
  });

/** Asks for a print, waits for its job and downloads the PDF through the actions overview. */
async function printed(body: unknown) {
  const response = await print(hr, body);
  expect(response.statusCode, response.body).toBe(202);
  const { action } = response.json<ActionResponse>();
  expect(action).toMatchObject({ kind: 'statements.print', status: 'queued' });
  const done = await waitForAction(t.db, action.id, 60_000);
  expect(done.status, done.error ?? '').toBe('ready');
  expect(done.fileKey).toBe(`prints/${world.employerId.vanDamme}/${action.id}.pdf`);
  const shown = (await client(t.app, hr).get(`${employerUrl}/actions/${action.id}`)).json<Action>();
  expect(shown.downloadUrl).toBe(`${employerUrl}/actions/${action.id}/file`);
  const file = await client(t.app, hr).get(shown.downloadUrl!);
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-type']).toBe('application/pdf');
  expect(file.headers['content-disposition']).toMatch(
    new RegExp(`filename\\*=UTF-8''benefit-statements-${YEAR}-.+\\.pdf$`),
  );
  return { action: done, pages: await pdfPages(file.rawPayload) };
}

/** Affiliates of Van Damme with exactly one statement of the year, with their numbers. */
async function affiliatesWithOneStatement(limit: number) {
  const result = await t.db.execute<{ id: string; national_number: string }>(sql`
    select a.id, a.national_number from affiliates a join benefit_statements s on s.affiliate_id = a.id
    where a.employer_id = ${world.employerId.vanDamme} and s.year = ${YEAR} and a.national_number is not null
    group by a.id having count(*) = 1 order by a.id limit ${limit}`);
  return result.rows;
}

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  employerUrl = `/api/employers/${world.employerId.vanDamme}`;
  hr = await login(t.app, 'hr@demo.groupdesk.be');
});
afterAll(async () => t.close());

describe('printing many statements into one PDF', () => {
  it('prints a selection of 50 affiliates: 50 statements, one page each, journaled once and per statement', async () => {
    const selected = await affiliatesWithOneStatement(50);
    expect(selected).toHaveLength(50);
    const { action, pages } = await printed({ year: YEAR, affiliateIds: selected.map((row) => row.id) });
    expect(action.counts).toEqual({ statements: 50, affiliates: 50 });
    expect(action.progress).toBe(100);
    expect(action.expiresAt!.getTime() - action.finishedAt!.getTime()).toBe(7 * 86_400_000);
    expect(pages).toHaveLength(50);
    // each page is the statement of one of them, each of them once
    const numbers = selected.map((row) => formatNationalNumber(row.national_number));
    const onPages = pages.map((page) => numbers.filter((number) => page.includes(number)));
    expect(onPages.every((found) => found.length === 1)).toBe(true);
    expect(new Set(onPages.flat()).size).toBe(50);
    expect(pages.every((page) => page.includes(`Benefit Statement ${YEAR}`))).toBe(true);

    const entries = await t.db.select().from(journalEntries).where(eq(journalEntries.actionId, action.id));
    const summary = entries.filter((entry) => entry.kind === 'statements.printed');
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({
      employerId: world.employerId.vanDamme,
      affiliateId: null,
      after: { year: YEAR, selection: 'affiliates', selected: 50, statements: 50 },
    });
    const perStatement = entries.filter((entry) => entry.kind === 'statement.printed');
    expect(new Set(perStatement.map((entry) => entry.affiliateId))).toEqual(
      new Set(selected.map((row) => row.id)),
    );
  });

  it('prints a contract, and all statements of the year, as many as the database holds', async () => {
    const contractId = world.contractId['530/00413']!;
    const [ofContract] = (
      await t.db.execute<{ n: number }>(sql`select count(*)::int as n from benefit_statements
        where contract_id = ${contractId} and year = ${YEAR}`)
    ).rows;
    const byContract = await printed({ year: YEAR, contractId });
    expect(byContract.pages).toHaveLength(ofContract!.n);
    expect(byContract.pages.every((page) => page.includes('530/00413'))).toBe(true);

    const [ofYear] = (
      await t.db.execute<{ n: number }>(sql`select count(*)::int as n from benefit_statements
        where employer_id = ${world.employerId.vanDamme} and year = ${YEAR}`)
    ).rows;
    const all = await printed({ year: YEAR, all: true });
    expect(all.action.counts.statements).toBe(ofYear!.n);
    expect(all.pages).toHaveLength(ofYear!.n);
  });

  it('is refused to a read-only user (403) and to an account manager', async () => {
    const [one] = await affiliatesWithOneStatement(1);
    const body = { year: YEAR, affiliateIds: [one!.id] };
    expectError(await print(await login(t.app, 'viewer@demo.groupdesk.be'), body), 403, 'forbidden');
    expectError(await print(await login(t.app, 'am@insurer.groupdesk.be'), body), 403, 'forbidden');
    expectError(await print('', body), 401);
  });

  it("answers 404 for another employer's affiliate or contract, 409 for a year without statements", async () => {
    const [foreign] = (
      await t.db.execute<{ id: string }>(
        sql`select id from affiliates where employer_id = ${world.employerId.peeters} limit 1`,
      )
    ).rows;
    const [one] = await affiliatesWithOneStatement(1);
    expectError(await print(hr, { year: YEAR, affiliateIds: [one!.id, foreign!.id] }), 404, 'not_found');
    expectError(await print(hr, { year: YEAR, contractId: world.contractId['530/02250'] }), 404, 'not_found');
    expectError(await print(hr, { year: 1999, all: true }), 409, 'no_statements');
  });

  it('asks for exactly one selection', async () => {
    const [one] = await affiliatesWithOneStatement(1);
    for (const body of [
      { year: YEAR },
      { year: YEAR, all: true, affiliateIds: [one!.id] },
      { year: YEAR, all: false },
      { year: YEAR, affiliateIds: [] },
      { year: 'last', all: true },
    ]) {
      const error = expectError(await print(hr, body), 400);
      expect(error.details?.length).toBeGreaterThan(0);
    }
    const count = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.actions)
      .where(and(eq(schema.actions.kind, 'statements.print'), eq(schema.actions.status, 'failed')));
    expect(count[0]!.n).toBe(0);
  });

  it('leaves a message on the action when the requester lost access, or when the file cannot be written', async () => {
    const actionOf = async (requestedBy: string) =>
      createAction(t.db, {
        employerId: world.employerId.vanDamme,
        kind: 'statements.print',
        requestedBy,
        params: { year: YEAR, all: true },
      });
    const lastAttempt = { retryCount: 2, retryLimit: 2 };
    const revoked = await createUser(t.db, {
      email: 'print-revoked@test.groupdesk.be',
      memberships: [{ employerId: world.employerId.vanDamme, revokedAt: new Date() }],
    });
    const lost = await actionOf(revoked);
    await runStatementPrint(t.app, lost, lastAttempt);
    expect(await waitForAction(t.db, lost)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/no longer print/) as string,
      fileKey: null,
    });

    const [hrUser] = await t.db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.email, 'hr@demo.groupdesk.be'));
    const storage = t.app.storage;
    const put = storage.put.bind(storage);
    storage.put = async (key, body) => {
      await put(key, body);
      throw new Error('disk full');
    };
    try {
      const broken = await actionOf(hrUser!.id);
      await expect(runStatementPrint(t.app, broken, lastAttempt)).rejects.toThrow('disk full');
      expect(await waitForAction(t.db, broken)).toMatchObject({
        status: 'failed',
        error: 'The statements could not be printed. Try again later.',
        fileKey: null,
      });
      expect(await t.app.storage.get(`prints/${world.employerId.vanDamme}/${broken}.pdf`)).toBeNull();
      // nothing was journaled for a print that produced no file
      expect(await t.db.select().from(journalEntries).where(eq(journalEntries.actionId, broken))).toEqual([]);
    } finally {
      storage.put = put;
    }
  });
});
