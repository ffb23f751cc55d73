import type { Executor } from '@groupdesk/db';
import { sql } from 'drizzle-orm';
import { queueEmployerNotification } from './employer-notifications';

/** One notice per employer and year of the statements just issued, to the employer's notification address. */
export async function queueStatementsAvailable(tx: Executor, statementIds: string[]): Promise<number> {
  if (statementIds.length === 0) return 0;
  const groups = await tx.execute<{ employer_id: string; year: number; count: number }>(sql`
    select employer_id, year, count(*)::int as count from benefit_statements
    where id = any(${sql.param(statementIds)}::uuid[]) group by employer_id, year order by employer_id, year`);
  let queued = 0;
  for (const group of groups.rows) {
    const sent = await queueEmployerNotification(tx, {
      kind: 'statements-available',
      employerId: group.employer_id,
      year: group.year,
      count: group.count,
    });
    if (sent) queued += 1;
  }
  return queued;
}
