import { schema } from '@groupdesk/db';
import { and, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

const { actions } = schema;
export const EXPIRE_JOB = 'actions.expire';

declare module '../../plugins/jobs' {
  interface JobPayloads {
    'actions.expire': Record<string, never>;
  }
}

/**
 * Deletes the files of actions past their expiry; returns how many. An export or an upload never applied
 * becomes `expired`; an applied or undone upload keeps its status (its history stays) but loses the file.
 */
export async function expireActions(app: FastifyInstance, now = new Date()): Promise<number> {
  const due = await app.db
    .select({ id: actions.id, status: actions.status, fileKey: actions.fileKey })
    .from(actions)
    .where(
      and(
        inArray(actions.status, ['ready', 'applied', 'undone']),
        isNotNull(actions.fileKey),
        isNotNull(actions.expiresAt),
        lte(actions.expiresAt, now),
      ),
    );
  for (const action of due) {
    // the file first: an action never points to a file left behind
    if (action.fileKey) await app.storage.delete(action.fileKey);
    await app.db
      .update(actions)
      .set({
        status: action.status === 'ready' ? 'expired' : action.status,
        fileKey: null,
        updatedAt: new Date(),
      })
      .where(and(eq(actions.id, action.id), eq(actions.status, action.status)));
  }
  return due.length;
}

/** Hourly: exports and uploads are kept 7 days. */
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
