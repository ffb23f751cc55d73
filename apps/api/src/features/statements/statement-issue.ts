import type { StatementIssueBody, StatementIssueResponse } from '@groupdesk/contracts';
import type { Database } from '@groupdesk/db';
import { sql } from 'drizzle-orm';
import { queueStatementNotices } from '../emails/statement-notices';
import { queueStatementsAvailable } from '../notifications/statements-available';

/**
 * The statements of the call as rows, resolved to the affiliation they belong to (employer_id null where
 * unknown). The affiliate is the one who holds the number now or, when nobody does, the one who held it
 * before (a BIS number since replaced by the national number, a corrected number): the back office may not
 * know of the change yet. `loaded` is false for a statement that another of the call, under the affiliate's
 * other number, already gives for the same affiliation and year; the one under the current number wins.
 */
const resolved = (body: StatementIssueBody) => sql`
  input as (
    select e.n, r.*
    from jsonb_array_elements(${JSON.stringify(body.statements)}::jsonb) with ordinality as e(item, n)
    cross join lateral jsonb_to_record(e.item)
      as r("nationalNumber" text, "contractNumber" text, year smallint, "issueDate" date, figures jsonb)
  ), matched as (
    select i.*, coalesce(a.id, former.affiliate_id) as affiliate_id, a.id is null as by_former_number,
      gc.id as contract_id, ac.id as affiliation_id, ac.employer_id
    from input i
    left join affiliates a on a.national_number = i."nationalNumber"
    left join lateral (
      select (array_agg(distinct h.affiliate_id))[1] as affiliate_id
      from affiliate_national_number_history h
      where a.id is null and h.previous_number = i."nationalNumber"
      -- held before by two affiliates: neither can be told to be the one
      having count(distinct h.affiliate_id) = 1
    ) former on true
    left join group_contracts gc on gc.number = i."contractNumber"
    left join affiliate_contracts ac on ac.affiliate_id = coalesce(a.id, former.affiliate_id)
      and ac.contract_id = gc.id
  ), resolved as (
    select m.*, m.employer_id is not null and row_number() over (
      partition by m.affiliation_id, m.year order by m.by_former_number, m.n) = 1 as loaded
    from matched m
  )`;

/**
 * The insurer's back office issues a year's statements: each is created, or replaced when its figures or
 * issue date changed (one per affiliate, contract and year), in one transaction with its journal entries.
 * Each new statement queues its notice (000_…, question 16); a statement issued again the same does nothing.
 */
export async function issueStatements(
  db: Database,
  body: StatementIssueBody,
): Promise<StatementIssueResponse> {
  return db.transaction(async (tx) => {
    const unknown = await tx.execute<{
      nationalNumber: string;
      contractNumber: string;
      year: number;
      affiliate_id: string | null;
      contract_id: string | null;
      employer_id: string | null;
    }>(sql`with ${resolved(body)}
      select "nationalNumber", "contractNumber", year, affiliate_id, contract_id, employer_id from resolved
      where not loaded order by n`);

    // the statements as they stood before (every CTE reads the same snapshot): the journal's "before"
    const changed = await tx.execute<{ id: string; created: boolean }>(sql`with ${resolved(body)},
      previous as (
        select s.id, s.issue_date, s.figures
        from benefit_statements s
        join resolved r on r.affiliate_id = s.affiliate_id and r.contract_id = s.contract_id and r.year = s.year
        where r.loaded
      ), upserted as (
        insert into benefit_statements (employer_id, affiliate_id, contract_id, year, issue_date, figures)
        select employer_id, affiliate_id, contract_id, year, "issueDate", figures
        from resolved where loaded
        on conflict (affiliate_id, contract_id, year) do update
          set issue_date = excluded.issue_date, figures = excluded.figures
          where (benefit_statements.issue_date, benefit_statements.figures)
            is distinct from (excluded.issue_date, excluded.figures)
        returning id, employer_id, affiliate_id, contract_id, year, issue_date, figures
      ), journaled as (
        insert into journal_entries (employer_id, actor_kind, kind, affiliate_id, before, after)
        select u.employer_id, 'service', case when p.id is null then 'statement.issued' else 'statement.updated' end,
          u.affiliate_id,
          case when p.id is not null then jsonb_build_object('issueDate', p.issue_date, 'figures', p.figures) end,
          jsonb_build_object('statementId', u.id, 'year', u.year, 'contractNumber', gc.number,
            'issueDate', u.issue_date, 'figures', u.figures)
        from upserted u
        join group_contracts gc on gc.id = u.contract_id
        left join previous p on p.id = u.id
      )
      select u.id, p.id is null as created from upserted u left join previous p on p.id = u.id`);

    const createdIds = changed.rows.filter((row) => row.created).map((row) => row.id);
    const notices = await queueStatementNotices(tx, createdIds);
    await queueStatementsAvailable(tx, createdIds);
    const loaded = body.statements.length - unknown.rows.length;
    return {
      created: createdIds.length,
      updated: changed.rows.length - createdIds.length,
      unchanged: loaded - changed.rows.length,
      notices,
      unknown: unknown.rows.map((row) => ({
        nationalNumber: row.nationalNumber,
        contractNumber: row.contractNumber,
        year: row.year,
        reason:
          row.affiliate_id === null
            ? 'affiliate'
            : row.contract_id === null
              ? 'contract'
              : row.employer_id === null
                ? 'affiliation'
                : 'duplicate',
      })),
    };
  });
}
