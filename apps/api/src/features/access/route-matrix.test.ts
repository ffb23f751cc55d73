import type { ErrorResponse } from '@groupdesk/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld } from '../../../test/fixtures';
import { type TestApp, createTestApp } from '../../../test/test-app';
import { MatrixContext } from './matrix/context';
import type { Row } from './matrix/row';
import { actionRows } from './matrix/rows-actions';
import { employerRows } from './matrix/rows-employer';
import { peopleRows } from './matrix/rows-people';
import { sessionRows } from './matrix/rows-session';
import { addressOf, createRoleUsers, roles } from './matrix/roles';

/**
 * Every route of the OpenAPI document, asked by each role, answers exactly the status of its row
 * (matrix/rows-*.ts; the roles in matrix/roles.ts). A route without a row fails the first test.
 */
const rows: Row[] = [...sessionRows, ...employerRows, ...actionRows, ...peopleRows];
const operation = (row: Pick<Row, 'method' | 'path'>) => `${row.method} ${row.path}`;

let t: TestApp;
let context: MatrixContext;

beforeAll(async () => {
  t = await createTestApp({
    PORTAL_TOKEN: 'portal-token-portal-token-portal',
    BACK_OFFICE_TOKEN: 'back-office-token-back-office-token',
  });
  const world = await loadDemoWorld(t.db);
  await createRoleUsers(t, world);
  context = new MatrixContext(t, world);
  await context.prepare();
});
afterAll(async () => {
  await t?.close();
});

describe('the route matrix', () => {
  it('has a row for every operation of the OpenAPI document, and none for a route that is gone', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(rows.map(operation));
    const missing = operations.filter((op) => !covered.has(op));
    const gone = [...covered].filter((op) => !operations.includes(op));
    expect(missing, 'routes without a row in matrix/rows-*.ts: add one with the status of each role').toEqual(
      [],
    );
    expect(gone, 'rows of routes the API no longer has').toEqual([]);
    expect(rows.length, 'one row per route').toBe(covered.size);
  });

  it.each(rows.map((row) => [operation(row), row] as const))('%s', async (_name, row) => {
    const answered: Record<string, number> = {};
    const badErrors: string[] = [];
    const unexpected: string[] = [];
    for (const role of roles) {
      const request = await row.request(context, role);
      const cookie = request.cookie === undefined ? await context.cookie(role) : request.cookie || undefined;
      const response = await t.app.inject({
        method: row.method,
        url: request.url,
        payload: request.payload,
        remoteAddress: addressOf(role),
        headers: { ...(cookie ? { cookie } : {}), ...request.headers },
      });
      answered[role] = response.statusCode;
      if (response.statusCode >= 400) {
        const body = response.json<ErrorResponse>();
        if (typeof body.error?.code !== 'string' || /stack|\bat .*\.(ts|js):\d+/i.test(response.body)) {
          badErrors.push(`${role}: ${response.body}`);
        }
      }
      if (response.statusCode !== row.expect[roles.indexOf(role)]) {
        unexpected.push(`${role} got ${response.statusCode}: ${response.body.slice(0, 200)}`);
      }
      await row.after?.(context, role);
    }
    const expected = Object.fromEntries(roles.map((role, index) => [role, row.expect[index]]));
    const actual = Object.fromEntries(roles.map((role) => [role, answered[role]]));
    expect(actual, unexpected.join('\n')).toEqual(expected);
    expect(badErrors, 'errors in the common shape, without a stack').toEqual([]);
  });
});
