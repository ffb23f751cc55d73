import { type Executor, schema } from '@groupdesk/db';
import { lt, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type SessionPolicy, deleteExpiredSessions } from './session-store';

const { loginAttempts, passwordLinkRequests, passwordTokens } = schema;

export const HOUSEKEEPING_JOB = 'session.housekeeping';

/** Failed and good logins stay this long for anyone looking into an incident; the throttle needs 15 minutes. */
export const KEEP_LOGIN_ATTEMPTS_DAYS = 30;
/** Past their expiry, links still answer "expired, ask for a new one" this long before they are unknown. */
export const KEEP_EXPIRED_LINKS_DAYS = 30;

declare module '../../plugins/jobs' {
  interface JobPayloads {
    'session.housekeeping': Record<string, never>;
  }
}

/** Ended sessions, old login attempts, requests for links and expired links: what no one needs any more. */
export async function removeStaleCredentials(db: Executor, policy: SessionPolicy): Promise<void> {
  const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;
  await deleteExpiredSessions(db, policy);
  await db.delete(loginAttempts).where(lt(loginAttempts.at, daysAgo(KEEP_LOGIN_ATTEMPTS_DAYS)));
  // the throttle of link requests counts the last hour
  await db.delete(passwordLinkRequests).where(lt(passwordLinkRequests.at, daysAgo(1)));
  await db.delete(passwordTokens).where(lt(passwordTokens.expiresAt, daysAgo(KEEP_EXPIRED_LINKS_DAYS)));
}

/** Hourly: a session table that only grows slows every request's lookup in the end. */
export default async function sessionJobs(app: FastifyInstance) {
  app.jobs.define(HOUSEKEEPING_JOB, {
    schedule: '35 * * * *',
    retryLimit: 1,
    handler: () => removeStaleCredentials(app.db, app.sessionPolicy),
  });
}
