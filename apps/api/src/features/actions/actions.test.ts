import type { Action, ActionListResponse, ActionResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createUser, loadDemoWorld, type DemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login, waitForAction } from '../../../test/test-app';
import { expireActions } from './expire-actions';

let t: TestApp;
let world: DemoWorld;
let base: string;
let hrCookie: string;
const exportIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  base = `/api/employers/${world.employerId.vanDamme}`;
  hrCookie = await login(t.app, 'hr@demo.groupdesk.be');
  for (let i = 0; i < 2; i += 1) {
    const response = await t.app.inject({
      method: 'POST',
      url: `${base}/insured-list/exports`,
      headers: { cookie: hrCookie, 'content-type': 'application/json' },
      payload: {},
    });
    exportIds.push(response.json<ActionResponse>().action.id);
  }
  for (const id of exportIds) await waitForAction(t.db, id);
});
afterAll(async () => t.close());

describe('the actions overview', () => {
  it('lists the actions of the employer, newest first, with who asked and the download link', async () => {
    const response = await client(t.app, await login(t.app, 'viewer@demo.groupdesk.be')).get(
      `${base}/actions?pageSize=1`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<ActionListResponse>();
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.items.map((action) => action.id)).toEqual([exportIds[1]]);
    expect(page.items[0]).toMatchObject({
      kind: 'insured-list.export',
      status: 'ready',
      progress: 100,
      requestedBy: { name: 'Hugo Renard' },
      downloadUrl: `${base}/actions/${exportIds[1]}/file`,
      error: null,
    });
    expect(page.items[0]!.counts.rows).toBeGreaterThan(0);
  });

  it('shows one action, and 404 for an unknown one or to a user of another employer', async () => {
    const hr = client(t.app, hrCookie);
    const response = await hr.get(`${base}/actions/${exportIds[0]}`);
    expect(response.statusCode).toBe(200);
    expect(response.json<Action>().fileName).toMatch(/\.xlsx$/);
    expectError(await hr.get(`${base}/actions/00000000-0000-4000-8000-000000000000`), 404);

    const email = 'actions-other@test.groupdesk.be';
    await createUser(t.db, { email, memberships: [{ employerId: world.employerId.peeters }] });
    const other = client(t.app, await login(t.app, email, TEST_PASSWORD));
    expectError(await other.get(`${base}/actions`), 404);
    expectError(await other.get(`${base}/actions/${exportIds[0]}`), 404);
    expectError(await other.get(`${base}/actions/${exportIds[0]}/file`), 404);
    // an action of Van Damme asked through another employer's path is not found either
    expectError(await hr.get(`/api/employers/${world.employerId.peeters}/actions/${exportIds[0]}`), 404);
  });

  it('the expire job removes an old export and marks it expired', async () => {
    const [id] = exportIds as [string];
    const [before] = await t.db.select().from(schema.actions).where(eq(schema.actions.id, id));
    expect(await t.app.storage.get(before!.fileKey!)).not.toBeNull();
    await t.db
      .update(schema.actions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.actions.id, id));

    expect(await expireActions(t.app)).toBe(1);

    const [after] = await t.db.select().from(schema.actions).where(eq(schema.actions.id, id));
    expect(after).toMatchObject({ status: 'expired', fileKey: null });
    expect(await t.app.storage.get(before!.fileKey!)).toBeNull();
    const hr = client(t.app, hrCookie);
    expectError(await hr.get(`${base}/actions/${id}/file`), 404);
    expect((await hr.get(`${base}/actions/${id}`)).json<Action>()).toMatchObject({
      status: 'expired',
      downloadUrl: null,
    });
  });
});
