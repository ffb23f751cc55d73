import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, runMigrations, seedDemo, startEmbeddedPostgres } from '@groupdesk/db';
import type { TestProject } from 'vitest/node';

export const TEMPLATE_DATABASE = 'groupdesk_template';

/** Tests see the world as of this day, so that visibility and expiry cases do not drift. */
export const SEED_TODAY = '2026-06-15';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/**
 * One real PostgreSQL server for the whole run; a migrated, seeded template database from which every test
 * file clones a database of its own (CREATE DATABASE … TEMPLATE takes milliseconds).
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupdesk-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, persistent: false });
  const admin = createDatabase(server.adminUrl, { max: 1 });
  await admin.pool.query(`create database ${TEMPLATE_DATABASE}`);
  const { db, pool } = createDatabase(server.urlFor(TEMPLATE_DATABASE), { max: 2 });
  await runMigrations(db);
  await seedDemo(db, { size: 'small', today: SEED_TODAY });
  await pool.end();
  await admin.pool.end();
  project.provide('postgresAdminUrl', server.adminUrl);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
