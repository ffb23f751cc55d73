import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@groupdesk/db';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AppProcess {
  url: string;
  /** the process's resident set size now, in MB (10^6 bytes) */
  rssMb(): number;
  /** the highest RSS while `work` ran, sampled every 20 ms */
  peakRssDuring<T>(work: () => Promise<T>): Promise<{ result: T; peakRssMb: number }>;
  stop(): Promise<void>;
}

/** VmRSS of a Linux process from /proc; elsewhere `ps`, slower and coarser but enough for a figure. */
function residentMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
    if (Number.isFinite(kib)) return (kib * 1024) / 1e6;
  } catch {
    // not Linux: ps below
  }
  return (Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' })) * 1024) / 1e6;
}

async function waitUntilHealthy(url: string, exited: () => string | null) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit) throw new Error(`the app stopped before it answered: ${exit}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the app did not answer /api/health within 2 minutes');
}

/**
 * The app as production starts it (`apps/api/src/server.ts`, NODE_ENV=production, one process with its
 * job worker, its info-level request log), on a free port of this machine, against the bench's database.
 * Its log goes to a file of the bench's folder, shown when it fails.
 */
export async function startApp(input: { databaseUrl: string; dataDir: string; logFile: string }) {
  const port = await freePort();
  const log = fs.openSync(input.logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/api/src/server.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: input.databaseUrl,
      DATA_DIR: input.dataDir,
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      SEED_DEMO: 'false',
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  let exit: string | null = null;
  child.on('exit', (code, signal) => (exit = `code ${code ?? signal}`));
  const pid = child.pid!;
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exit) return;
    const ended = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await ended;
  };
  try {
    await waitUntilHealthy(url, () => exit);
  } catch (error) {
    await stop();
    const tail = fs.readFileSync(input.logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${(error as Error).message}\n${tail}`);
  }
  const app: AppProcess = {
    url,
    rssMb: () => residentMb(pid),
    async peakRssDuring(work) {
      let peak = residentMb(pid);
      const sampler = setInterval(() => (peak = Math.max(peak, residentMb(pid))), 20);
      try {
        const result = await work();
        return { result, peakRssMb: Math.max(peak, residentMb(pid)) };
      } finally {
        clearInterval(sampler);
      }
    },
    stop,
  };
  return app;
}
