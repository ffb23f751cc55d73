import type { Executor } from '@groupdesk/db';
import { sql } from 'drizzle-orm';
import { queueEmployerNotification } from './employer-notifications';

/**
 * One notice per employer and year of the statements a batch just created, to the employer's notification
 * address. A statement is created once, by one batch: its id names the batch, so that each batch is told
 * once, a second batch the same day too.
 */
export async function queueStatementsAvailable(tx: Executor, statementIds: string[]): Promise<number> {
  if (statementIds.length === 0) return 0;
  const groups = await tx.execute<{ employer_id: string; year: number; count: number; batch: string }>(sql`
    select employer_id, year, count(*)::int as count, min(id::text) as batch from benefit_statements
    where id = any(${sql.param(statementIds)}::uuid[]) group by employer_id, year order by employer_id, year`);
  let queued = 0;
  for (const group of groups.rows) {
    const sent = await queueEmployerNotification(tx, {
      kind: 'statements-available',
      employerId: group.employer_id,
      year: group.year,
      count: group.count,
      batch: group.batch,
    });
    if (sent) queued += 1;
  }
  return queued;
}
