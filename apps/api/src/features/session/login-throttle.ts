import { type Executor, schema } from '@groupdesk/db';
import { and, count, eq, gt, min } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';

const { loginAttempts } = schema;

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

async function failuresSince(db: Executor, since: Date, where: ReturnType<typeof eq>) {
  const [row] = await db
    .select({ failures: count(), oldest: min(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(where, eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return { failures: row?.failures ?? 0, oldest: row?.oldest ?? null };
}

/** Refuses a login with 429 and Retry-After once an account or an address failed too often of late. */
export async function assertLoginAllowed(db: Executor, email: string, ip: string): Promise<void> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);
  const checks = [
    { limit: MAX_FAILURES_PER_ACCOUNT, ...(await failuresSince(db, since, eq(loginAttempts.email, email))) },
    { limit: MAX_FAILURES_PER_ADDRESS, ...(await failuresSince(db, since, eq(loginAttempts.ip, ip))) },
  ];
  for (const { limit, failures, oldest } of checks) {
    if (failures >= limit && oldest) {
      const retryAfter = Math.max(
        1,
        Math.ceil((oldest.getTime() + THROTTLE_WINDOW_MINUTES * 60_000 - Date.now()) / 1000),
      );
      throw new HttpError(
        429,
        'too_many_attempts',
        `Too many failed log-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
        undefined,
        { 'retry-after': String(retryAfter) },
      );
    }
  }
}

export async function recordLoginAttempt(db: Executor, email: string, ip: string, succeeded: boolean) {
  await db.insert(loginAttempts).values({ email, ip, succeeded });
}
