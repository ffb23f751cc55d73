import { randomBytes } from 'node:crypto';
import { finalActionStatuses } from '@groupdesk/contracts';
import { createDatabase, schema } from '@groupdesk/db';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../src/config';
import { buildServer } from '../src/server-factory';
import { TEMPLATE_DATABASE } from './global-setup';

export const DEMO_PASSWORD = 'groupdesk-demo';

/** A database of this test file's own, cloned from the seeded template. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestApp(env: Record<string, string> = {}) {
  const databaseUrl = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '.data/test', ...env });
  // the workers run inside the test app (WORKERS defaults to 1) and look for jobs often
  const app = await buildServer({
    config,
    databaseUrl,
    sessionSecret: 'test-secret-test-secret-test-secret!!',
    jobPollingSeconds: 0.5,
  });
  const { db, pool } = createDatabase(databaseUrl, { max: 2 });
  return {
    app,
    db,
    databaseUrl,
    async close() {
      await app.close();
      await pool.end();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Logs in and returns the Cookie header to send with later requests. */
export async function login(app: TestApp['app'], email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (response.statusCode !== 200)
    throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'groupdesk_session');
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}

/** Waits until the jobs bring an action to a final status (ready, applied, failed, expired) and returns it. */
export async function waitForAction(db: TestApp['db'], actionId: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [action] = await db.select().from(schema.actions).where(eq(schema.actions.id, actionId));
    if (action && finalActionStatuses.includes(action.status)) return action;
    if (Date.now() > deadline) throw new Error(`action ${actionId} is still ${action?.status ?? 'missing'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
