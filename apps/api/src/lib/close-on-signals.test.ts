import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a script of the API as its own process until it prints `ready`, then sends it SIGTERM. */
async function stopWithSigterm(script: string, env: Record<string, string>, ready: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: apiRoot,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes(ready)) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`${script} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  return { code: await exited, output: () => output };
}

describe('a process told to stop (SIGTERM)', () => {
  it('the worker finishes its close and exits 0, however the embedded database package hooks the signal', async () => {
    const { code, output } = await stopWithSigterm(
      'src/worker.ts',
      { DATABASE_URL: await createTestDatabase(), WORKERS: '1' },
      'running jobs with',
    );
    expect(output()).toContain('SIGTERM received: finishing the running jobs');
    // the package's own hook exited with 143 at once, before the job queue had stopped
    expect(code, output()).toBe(0);
    expect(output()).not.toMatch(/"level":50|job queue error/);
  }, 90_000);
});
