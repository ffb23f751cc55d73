import { type Executor, schema } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { and, eq, lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { makeAffiliationsPassive } from './affiliations-at-exit';

const { affiliates, journalEntries } = schema;

export const EXITS_DUE_JOB = 'affiliates.exits-due';

declare module '../../plugins/jobs' {
  interface JobPayloads {
    'affiliates.exits-due': Record<string, never>;
  }
}

/**
 * The exits recorded ahead whose day has come: the affiliates become `left` and their active affiliations
 * passive, each affiliate with one journal entry by the system (the HR officer's entry is the one of the
 * exit itself), in one transaction. Returns how many affiliates.
 */
export async function applyDueExits(db: Executor, today = todayInBelgium()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .update(affiliates)
      .set({ employmentStatus: 'left', updatedAt: new Date() })
      .where(and(eq(affiliates.employmentStatus, 'in-service'), lte(affiliates.leftOn, today)))
      .returning({ id: affiliates.id, employerId: affiliates.employerId, leftOn: affiliates.leftOn });
    if (due.length === 0) return 0;
    const contracts = await makeAffiliationsPassive(
      tx,
      due.map((affiliate) => affiliate.id),
    );
    const entries = due.map(({ id, employerId, leftOn }) => {
      const changed = contracts.get(id);
      return {
        employerId,
        actorKind: 'system',
        kind: 'affiliate.exit-effective',
        affiliateId: id,
        before: { employmentStatus: 'in-service', ...(changed && { contracts: changed.before }) },
        after: { employmentStatus: 'left', leftOn, ...(changed && { contracts: changed.after }) },
      };
    });
    // a closure can make thousands leave on one day: inserts stay under PostgreSQL's 65,535 parameters
    for (let start = 0; start < entries.length; start += 5_000) {
      await tx.insert(journalEntries).values(entries.slice(start, start + 5_000));
    }
    return due.length;
  });
}

/** Hourly, so that an exit takes effect within the first hour of its day in Brussels. */
export default async function exitJobs(app: FastifyInstance) {
  app.jobs.define(EXITS_DUE_JOB, {
    schedule: '5 * * * *',
    retryLimit: 1,
    handler: async () => {
      const applied = await applyDueExits(app.db);
      if (applied) app.log.info({ applied }, 'exits recorded ahead took effect');
    },
  });
}
