import { randomBytes } from 'node:crypto';
import { createDatabase } from '@groupdesk/db';
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
  const app = await buildServer({ config, databaseUrl, sessionSecret: 'test-secret-test-secret-test-secret!!' });
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
  if (response.statusCode !== 200) throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'groupdesk_session');
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}
