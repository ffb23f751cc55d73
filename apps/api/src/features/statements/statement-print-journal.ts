import type { Executor } from '@groupdesk/db';
import { sql } from 'drizzle-orm';
import { writeJournal } from '../journal/journal';
import type { PrintSelection } from './statement-print';

/**
 * One entry for the print, with its count, and one per statement on its affiliate's journal: whoever looks
 * at an affiliate's history sees that their statement went on paper, and in which print.
 */
export async function journalPrint(
  tx: Executor,
  print: {
    actionId: string;
    employerId: string;
    userId: string;
    selection: PrintSelection;
    printed: { ids: string[]; affiliateIds: string[] };
  },
) {
  const { selection, printed } = print;
  await writeJournal(tx, {
    employerId: print.employerId,
    actorUserId: print.userId,
    kind: 'statements.printed',
    actionId: print.actionId,
    after: {
      year: selection.year,
      selection: selection.affiliateIds ? 'affiliates' : selection.contractId ? 'contract' : 'all',
      ...(selection.contractId ? { contractId: selection.contractId } : {}),
      ...(selection.affiliateIds ? { selected: selection.affiliateIds.length } : {}),
      statements: printed.ids.length,
    },
  });
  await tx.execute(sql`
    insert into journal_entries (employer_id, actor_user_id, actor_kind, kind, affiliate_id, action_id, after)
    select ${print.employerId}::uuid, ${print.userId}::uuid, 'user', 'statement.printed', p.affiliate_id,
      ${print.actionId}::uuid, jsonb_build_object('statementId', p.id, 'year', ${selection.year}::int)
    from unnest(${sql.param(printed.ids)}::uuid[], ${sql.param(printed.affiliateIds)}::uuid[])
      as p(id, affiliate_id)`);
}
