import path from 'node:path';
import { createDatabase, runMigrations, seedDemo, startEmbeddedPostgres } from '@groupdesk/db';
import pg from 'pg';
import type { Config } from '../config';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  seeded: boolean;
  stop: () => Promise<void>;
}

async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL set: that server. Unset: a PostgreSQL server of our own under DATA_DIR/postgres.
 * Either way the migrations run, and the demo is seeded on the first start when asked to (or by default
 * with the embedded server).
 */
export async function prepareDatabase(
  config: Config,
  log: (message: string) => void,
): Promise<PreparedDatabase> {
  let url = config.DATABASE_URL;
  let stopServer: () => Promise<void> = () => Promise.resolve();
  if (!url) {
    log('Starting the embedded PostgreSQL server…');
    const server = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres') });
    log(`Embedded PostgreSQL is running with its data in ${server.dataDir}`);
    await ensureDatabase(server.adminUrl, 'groupdesk');
    url = server.urlFor('groupdesk');
    stopServer = () => server.stop();
  }
  const { db, pool } = createDatabase(url, { max: 2 });
  let seeded = false;
  try {
    await runMigrations(db);
    if (config.SEED_DEMO ?? !config.DATABASE_URL) {
      seeded = await seedDemo(db, { size: 'full', log });
    }
  } finally {
    await pool.end();
  }
  return { url, embedded: !config.DATABASE_URL, seeded, stop: stopServer };
}
