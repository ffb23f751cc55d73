import type { ActionResponse } from '@groupdesk/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, loadDemoWorld } from '../../../test/fixtures';
import { client, multipartFile } from '../../../test/http';
import { type TestApp, createTestApp, login, waitForAction } from '../../../test/test-app';

/**
 * Every read of an affiliate's personal data by an account manager leaves a journal entry; files that take
 * personal data out of the application (exports, reports, PDFs) leave one whoever downloads them. Each GET
 * route of an employer is listed here as one or the other, or as showing no personal data: a new route
 * fails this test until someone decides.
 */
type Reading =
  | { journaled: 'account-manager' | 'everyone'; kind: string; url: () => string }
  | { journaled: 'no personal data' };

let t: TestApp;
let world: DemoWorld;
let affiliateId: string;
let statementId: string;
let uploadId: string;
const cookies = {} as Record<'hr' | 'accountManager', string>;

const employer = () => `/api/employers/${world.employerId.vanDamme}`;
const readings: Record<string, Reading> = {
  '/api/employers/{employerId}/contracts': { journaled: 'no personal data' },
  // no affiliate's data: the employer's own users, to its Master User only (account managers get 403)
  '/api/employers/{employerId}/users': { journaled: 'no personal data' },
  '/api/employers/{employerId}/notification-address': { journaled: 'no personal data' },
  '/api/employers/{employerId}/actions': { journaled: 'no personal data' },
  '/api/employers/{employerId}/actions/{actionId}': { journaled: 'no personal data' },
  '/api/employers/{employerId}/affiliates': {
    journaled: 'account-manager',
    kind: 'affiliates.listed',
    url: () => `${employer()}/affiliates?search=a`,
  },
  '/api/employers/{employerId}/affiliates/{affiliateId}': {
    journaled: 'account-manager',
    kind: 'affiliate.viewed',
    url: () => `${employer()}/affiliates/${affiliateId}`,
  },
  '/api/employers/{employerId}/affiliates/{affiliateId}/statements': {
    journaled: 'account-manager',
    kind: 'affiliate.statements-viewed',
    url: () => `${employer()}/affiliates/${affiliateId}/statements`,
  },
  '/api/employers/{employerId}/affiliates/{affiliateId}/statements/{statementId}/pdf': {
    journaled: 'everyone',
    kind: 'statement.printed',
    url: () => `${employer()}/affiliates/${affiliateId}/statements/${statementId}/pdf`,
  },
  '/api/employers/{employerId}/affiliates/{affiliateId}/events': {
    journaled: 'account-manager',
    kind: 'affiliate.events-viewed',
    url: () => `${employer()}/affiliates/${affiliateId}/events`,
  },
  // who is unable to work, and why, is health data
  '/api/employers/{employerId}/incapacities': {
    journaled: 'account-manager',
    kind: 'incapacities.listed',
    url: () => `${employer()}/incapacities?status=all`,
  },
  '/api/employers/{employerId}/emails': {
    journaled: 'account-manager',
    kind: 'emails.listed',
    url: () => `${employer()}/emails`,
  },
  '/api/employers/{employerId}/actions/{actionId}/rows': {
    journaled: 'account-manager',
    kind: 'upload.rows-viewed',
    url: () => `${employer()}/actions/${uploadId}/rows`,
  },
  '/api/employers/{employerId}/actions/{actionId}/file': {
    journaled: 'everyone',
    kind: 'action.file-downloaded',
    url: () => `${employer()}/actions/${uploadId}/file`,
  },
  '/api/employers/{employerId}/reports/missing-national-numbers': {
    journaled: 'everyone',
    kind: 'report.missing-national-numbers',
    url: () => `${employer()}/reports/missing-national-numbers`,
  },
  '/api/employers/{employerId}/journal': {
    journaled: 'account-manager',
    kind: 'journal.viewed',
    url: () => `${employer()}/journal`,
  },
  '/api/employers/{employerId}/journal/export': {
    journaled: 'everyone',
    kind: 'journal.exported',
    url: () => `${employer()}/journal/export`,
  },
};

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  const [statement] = await t.db
    .execute<{ id: string; affiliate_id: string }>(
      sql`select id, affiliate_id from benefit_statements where employer_id = ${world.employerId.vanDamme}
        order by id limit 1`,
    )
    .then((result) => result.rows);
  affiliateId = statement!.affiliate_id;
  statementId = statement!.id;
  cookies.hr = await login(t.app, 'hr@demo.groupdesk.be');
  cookies.accountManager = await login(t.app, 'am@insurer.groupdesk.be');
  const upload = await client(t.app, cookies.hr).send({
    method: 'POST',
    url: `${employer()}/insured-list/uploads`,
    ...multipartFile('list.csv', Buffer.from('N° national / BIS;E-mail professionnel\r\n')),
  });
  uploadId = upload.json<ActionResponse>().action.id;
  await waitForAction(t.db, uploadId);
});
afterAll(async () => {
  await t?.close();
});

const entriesOf = async (kind: string, userEmail: string) => {
  const result = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from journal_entries j
    join users u on u.id = j.actor_user_id where j.kind = ${kind} and u.email = ${userEmail}`);
  return result.rows[0]!.n;
};

describe('reads of personal data', () => {
  it('lists every GET route of an employer', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const routes = Object.entries(document.paths)
      .filter(([path, methods]) => path.startsWith('/api/employers/{employerId}') && 'get' in methods)
      .map(([path]) => path);
    const unlisted = routes.filter((path) => !(path in readings));
    expect(unlisted, 'GET routes with no row in personal-data-reads.test.ts: add one').toEqual([]);
  });

  const journaled = Object.entries(readings).flatMap(([path, reading]) =>
    reading.journaled === 'no personal data' ? [] : [[path, reading] as const],
  );
  it.each(journaled)('%s: one entry per look by an account manager', async (_path, reading) => {
    const before = {
      accountManager: await entriesOf(reading.kind, 'am@insurer.groupdesk.be'),
      hr: await entriesOf(reading.kind, 'hr@demo.groupdesk.be'),
    };
    const amResponse = await client(t.app, cookies.accountManager).get(reading.url());
    expect(amResponse.statusCode, amResponse.body).toBe(200);
    const hrResponse = await client(t.app, cookies.hr).get(reading.url());
    expect(hrResponse.statusCode, hrResponse.body).toBe(200);
    expect(await entriesOf(reading.kind, 'am@insurer.groupdesk.be')).toBe(before.accountManager + 1);
    expect(await entriesOf(reading.kind, 'hr@demo.groupdesk.be')).toBe(
      before.hr + (reading.journaled === 'everyone' ? 1 : 0),
    );
  });
});
