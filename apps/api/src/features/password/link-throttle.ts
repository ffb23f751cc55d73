import { type Executor, schema } from '@groupdesk/db';
import { type SQL, and, count, gt, min, eq } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';

const { passwordLinkRequests } = schema;

export const LINK_REQUEST_WINDOW_MINUTES = 60;
export const MAX_LINK_REQUESTS_PER_ACCOUNT = 3;
export const MAX_LINK_REQUESTS_PER_ADDRESS = 20;

async function requestsSince(db: Executor, since: Date, where: SQL) {
  const [row] = await db
    .select({ requests: count(), oldest: min(passwordLinkRequests.at) })
    .from(passwordLinkRequests)
    .where(and(where, gt(passwordLinkRequests.at, since)));
  return { requests: row?.requests ?? 0, oldest: row?.oldest ?? null };
}

/**
 * Refuses (429 with Retry-After) a request for a set-password link once an account or an IP address asked
 * too often of late, and records it otherwise. Unknown addresses count alike, so that 429 tells nothing.
 */
export async function throttleLinkRequest(db: Executor, email: string | null, ip: string): Promise<void> {
  const since = new Date(Date.now() - LINK_REQUEST_WINDOW_MINUTES * 60_000);
  const checks = [
    {
      limit: MAX_LINK_REQUESTS_PER_ADDRESS,
      ...(await requestsSince(db, since, eq(passwordLinkRequests.ip, ip))),
    },
  ];
  if (email !== null) {
    checks.push({
      limit: MAX_LINK_REQUESTS_PER_ACCOUNT,
      ...(await requestsSince(db, since, eq(passwordLinkRequests.email, email))),
    });
  }
  for (const { limit, requests, oldest } of checks) {
    if (requests >= limit && oldest) {
      const retryAfter = Math.max(
        1,
        Math.ceil((oldest.getTime() + LINK_REQUEST_WINDOW_MINUTES * 60_000 - Date.now()) / 1000),
      );
      throw new HttpError(
        429,
        'too_many_requests',
        `Too many requests for a link. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
        undefined,
        { 'retry-after': String(retryAfter) },
      );
    }
  }
  await db.insert(passwordLinkRequests).values({ email, ip });
}
