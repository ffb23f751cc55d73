import { loadConfig } from '../src/config';
import { buildServer } from '../src/server-factory';

// every instance signs and checks the session cookie with the same secret, as SESSION_SECRET does in production
const SHARED_SESSION_SECRET = 'instances-secret-instances-secret-42';

/** A real app instance listening on a free port, over a database (and files) that other instances share. */
export async function startInstance(databaseUrl: string, env: Record<string, string>) {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  // what the instance logs at info level and above, for tests that ask which instance did what
  const logs: Record<string, unknown>[] = [];
  const app = await buildServer({
    config,
    databaseUrl,
    sessionSecret: SHARED_SESSION_SECRET,
    jobPollingSeconds: 0.5,
    logger: {
      level: 'info',
      stream: { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) },
    },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, logs, as: (cookie?: string) => httpClient(url, cookie), close: () => app.close() };
}

export type Instance = Awaited<ReturnType<typeof startInstance>>;

/** Requests over the network to one instance, with a session cookie when given. */
export function httpClient(baseUrl: string, cookie?: string) {
  const send = (method: string, path: string, body?: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
    });
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown = {}) => send('POST', path, body),
    delete: (path: string) => send('DELETE', path),
  };
}

/** Logs in over HTTP and returns the Cookie header of the new session. */
export async function loginTo(instance: Instance, email: string, password: string): Promise<string> {
  const response = await instance.as().post('/api/session', { email, password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('groupdesk_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

/** Polls `check` until it gives something, or fails after `timeoutMs`. */
export async function until<T>(check: () => Promise<T | false | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`still not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
