import type { Executor } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

export const EXITS_DUE_JOB = 'affiliates.exits-due';

declare module '../../plugins/jobs' {
  interface JobPayloads {
    'affiliates.exits-due': Record<string, never>;
  }
}

/**
 * The exits recorded ahead whose day has come: the affiliates become `left`, each with a journal entry by
 * the system (the HR officer's entry is the one of the exit itself). Returns how many.
 */
export async function applyDueExits(db: Executor, today = todayInBelgium()): Promise<number> {
  const result = await db.execute(sql`
    with due as (
      update affiliates set employment_status = 'left', updated_at = now()
      where employment_status = 'in-service' and left_on <= ${today}::date
      returning id, employer_id, left_on
    )
    insert into journal_entries (employer_id, actor_kind, kind, affiliate_id, before, after)
    select employer_id, 'system', 'affiliate.exit-effective', id,
      jsonb_build_object('employmentStatus', 'in-service'),
      jsonb_build_object('employmentStatus', 'left', 'leftOn', left_on)
    from due`);
  return result.rowCount ?? 0;
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
