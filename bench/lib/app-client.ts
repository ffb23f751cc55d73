import { SESSION_COOKIE } from '@groupdesk/api/src/plugins/session';

/** Logs in as a browser does and gives back the session cookie to send with every request. */
export async function logIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('login set no session cookie');
  return cookie;
}

interface ActionState {
  status: string;
  counts: Record<string, number>;
  error: string | null;
}

/**
 * The insured-list export as the HR officer asks for it in the browser: the request, then the actions
 * overview polled until the app's own job worker has written the file.
 */
export async function exportThroughApp(url: string, cookie: string, employerId: string) {
  const base = `${url}/api/employers/${employerId}`;
  const requested = await fetch(`${base}/insured-list/exports`, { method: 'POST', headers: { cookie } });
  if (requested.status !== 202) throw new Error(`export request answered ${requested.status}`);
  const { action } = (await requested.json()) as { action: { id: string } };
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const polled = await fetch(`${base}/actions/${action.id}`, { headers: { cookie } });
    const state = (await polled.json()) as ActionState;
    if (state.status === 'ready') return { rows: state.counts.rows ?? 0 };
    if (state.status === 'failed') throw new Error(`export failed: ${state.error}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the export was not ready after 5 minutes');
}
