import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../api/src/config';
import { buildServer } from '../../api/src/server-factory';
import { createTestDatabase } from '../../api/test/test-app';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

/** The real app — API and built SPA — on a free port, over a database of its own. */
export async function startAppServer() {
  const databaseUrl = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '.data/test' });
  const app = await buildServer({
    config,
    databaseUrl,
    webRoot,
    sessionSecret: 'e2e-secret-e2e-secret-e2e-secret-e2e!',
    // exports and upload checks run in this process: look for their jobs often, as the API tests do
    jobPollingSeconds: 0.5,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: address, databaseUrl };
}
