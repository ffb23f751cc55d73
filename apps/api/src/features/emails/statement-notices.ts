import type { Executor } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { sql } from 'drizzle-orm';
import { affiliateInServiceOn } from './in-service';

/**
 * Queues, with the statements just issued, the notice that a new benefit statement is available, to every
 * address known (seeds 000_…, question 16): the professional one while the affiliate is in service, the
 * private one always; an exit counts from its date, which may be ahead. One notice per affiliate, year and
 * address, however many contracts the statement covers. Returns how many were queued.
 */
export async function queueStatementNotices(
  tx: Executor,
  statementIds: string[],
  today = todayInBelgium(),
): Promise<number> {
  if (statementIds.length === 0) return 0;
  const result = await tx.execute(sql`
    insert into email_outbox (employer_id, affiliate_id, kind, recipient, language, idempotency_key, cause, payload)
    select distinct on (a.id, s.year, address.recipient)
      a.employer_id, a.id, 'statement-notice', address.recipient, a.language,
      'statement-notice:' || a.id || ':' || s.year || ':' || address.recipient,
      'statement:' || s.id, jsonb_build_object('year', s.year::text)
    from unnest(${sql.param(statementIds)}::uuid[]) as issued(id)
    join benefit_statements s on s.id = issued.id
    join affiliates a on a.id = s.affiliate_id
    cross join lateral (values
      (case when ${affiliateInServiceOn(today)} then a.professional_email end),
      (a.private_email)
    ) as address(recipient)
    where address.recipient is not null
    on conflict (idempotency_key) do nothing`);
  return result.rowCount ?? 0;
}
