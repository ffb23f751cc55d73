import { schema } from '@groupdesk/db';
import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

const { actions } = schema;
export const EXPIRE_JOB = 'actions.expire';

declare module '../../plugins/jobs' {
  interface JobPayloads {
    'actions.expire': Record<string, never>;
  }
}

/** Deletes the files of actions past their expiry and marks them expired; returns how many. */
export async function expireActions(app: FastifyInstance, now = new Date()): Promise<number> {
  const due = await app.db
    .select({ id: actions.id, fileKey: actions.fileKey })
    .from(actions)
    .where(and(eq(actions.status, 'ready'), isNotNull(actions.expiresAt), lte(actions.expiresAt, now)));
  for (const action of due) {
    // the file first: an action marked expired never points to a file left behind
    if (action.fileKey) await app.storage.delete(action.fileKey);
    await app.db
      .update(actions)
      .set({ status: 'expired', fileKey: null, updatedAt: new Date() })
      .where(and(eq(actions.id, action.id), eq(actions.status, 'ready')));
  }
  return due.length;
}

/** Hourly: exports are kept 7 days. */
export default async function actionJobs(app: FastifyInstance) {
  app.jobs.define(EXPIRE_JOB, {
    schedule: '0 * * * *',
    retryLimit: 1,
    handler: async () => {
      const expired = await expireActions(app);
      if (expired) app.log.info({ expired }, 'expired actions cleaned up');
    },
  });
}
