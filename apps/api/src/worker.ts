import { ConfigError, loadConfig } from './config';
import { closeOnSignals } from './lib/close-on-signals';
import { prepareDatabase } from './lib/database-setup';
import { serveWorkerHealth } from './lib/worker-health';
import { buildServer, loggerOptions } from './server-factory';

/** `pnpm worker`: runs the background jobs without the HTTP server (the app instances may then set WORKERS=0). */
async function main() {
  const config = loadConfig();
  // the embedded server belongs to the app process that started it; a worker of its own needs a shared one
  if (!config.DATABASE_URL) {
    throw new ConfigError(
      'pnpm worker needs DATABASE_URL: the embedded PostgreSQL is private to the app, which runs its own workers.',
    );
  }
  const say = (message: string) => console.log(`[groupdesk worker] ${message}`);
  const database = await prepareDatabase({ ...config, SEED_DEMO: false }, say);
  const worker = await buildServer({
    config: { ...config, WORKERS: Math.max(config.WORKERS, 1) },
    databaseUrl: database.url,
    sessionSecret: config.SESSION_SECRET ?? 'groupdesk-worker-has-no-sessions-to-sign',
    logger: loggerOptions(config.LOG_LEVEL),
  });

  const health = config.WORKER_HEALTH_PORT
    ? await serveWorkerHealth(worker, config.WORKER_HEALTH_PORT)
    : null;

  closeOnSignals(async (signal) => {
    say(`${signal} received: finishing the running jobs`);
    await health?.close();
    await worker.close();
    await database.stop();
  });
  say(`running jobs with ${Math.max(config.WORKERS, 1)} worker(s) per queue`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
