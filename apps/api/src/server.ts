import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config';
import { closeOnSignals } from './lib/close-on-signals';
import { prepareDatabase } from './lib/database-setup';
import { buildServer, loggerOptions } from './server-factory';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@groupdesk/db';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  const config = loadConfig();
  const say = (message: string) => console.log(`[groupdesk] ${message}`);
  const database = await prepareDatabase(config, say);

  const sessionSecret =
    config.SESSION_SECRET ??
    (config.NODE_ENV === 'production'
      ? (() => {
          throw new ConfigError('SESSION_SECRET is required in production (32 characters or more).');
        })()
      : 'groupdesk-development-secret-not-for-production');

  const server = await buildServer({
    config,
    databaseUrl: database.url,
    sessionSecret,
    webRoot: config.WEB_DIST ?? path.resolve(here, '../../web/dist'),
    logger: loggerOptions(config.LOG_LEVEL),
  });

  closeOnSignals(async (signal) => {
    say(`${signal} received: closing`);
    await server.close();
    await database.stop();
  });

  await server.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${config.PORT}`;
  say(`groupdesk is ready at ${url}  (API docs: ${url}/api/docs)`);
  if (database.embedded) {
    say(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const login of DEMO_LOGINS) say(`  ${login.email.padEnd(28)} ${login.description}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
