import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, runMigrations, startEmbeddedPostgres } from '@groupdesk/db';

export interface BenchDatabase {
  /** the bench's own folder: PostgreSQL's cluster and the app's DATA_DIR, never the developer's .data */
  dir: string;
  dataDir: string;
  url: string;
  /** stops PostgreSQL and deletes `dir`; safe to call twice */
  dispose(): Promise<void>;
}

/** A fresh PostgreSQL server in a temporary folder, with the app's migrations applied. */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupdesk-bench-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the folder
  fs.chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  let stopServer: (() => Promise<void>) | null = null;
  let disposed = false;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    try {
      await stopServer?.();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), persistent: false });
    stopServer = () => server.stop();
    const admin = createDatabase(server.adminUrl, { max: 1 });
    await admin.pool.query('create database groupdesk_bench');
    await admin.pool.end();
    const url = server.urlFor('groupdesk_bench');
    const { db, pool } = createDatabase(url, { max: 1 });
    await runMigrations(db);
    await pool.end();
    return { dir, dataDir, url, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
