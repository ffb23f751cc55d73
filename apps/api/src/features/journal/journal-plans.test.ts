import type { JournalListQuery } from '@groupdesk/contracts';
import type { Executor } from '@groupdesk/db';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, loadDemoWorld } from '../../../test/fixtures';
import { type TestApp, createTestApp } from '../../../test/test-app';
import type { EmployerAccessContext } from '../access/employer-access';
import { listJournal } from './journal-queries';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

let t: TestApp;
let world: DemoWorld;
let access: EmployerAccessContext;
let actor: string;

/**
 * The journal reads pages through its indexes, so that a page costs the same at a million entries: checked on
 * the plans PostgreSQL picks for 200,000 entries of one employer (the timings are in the README).
 */
beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
  world = await loadDemoWorld(t.db);
  const employerId = world.employerId.peeters;
  actor = (await t.db.execute<{ id: string }>(sql`select id from users where email = 'hr@demo.groupdesk.be'`))
    .rows[0]!.id;
  await t.db
    .execute(sql`insert into journal_entries (employer_id, at, actor_user_id, actor_kind, kind, affiliate_id, after)
    select ${employerId}::uuid, now() - n * interval '30 second', case when n % 5 = 0 then null else ${actor}::uuid end,
      case when n % 5 = 0 then 'service' else 'user' end,
      (array['affiliate.updated', 'affiliates.listed', 'statement.printed', 'email.cancelled'])[1 + n % 4],
      (select id from affiliates where employer_id = ${employerId} order by id offset (n % 20) limit 1),
      jsonb_build_object('n', n)
    from generate_series(1, 200000) as n`);
  await t.db.execute(sql`analyze journal_entries`);
  access = {
    employerId,
    employerName: 'Drukkerij Peeters NV',
    access: 'master',
    canWrite: true,
    contractIds: null,
    endDate: null,
  };
});
afterAll(async () => {
  await t?.close();
});

const dialect = new PgDialect();

/** Runs a page of the journal and keeps the plan of each query that reads its entries. */
async function plansOf(query: Partial<JournalListQuery>): Promise<PlanNode[]> {
  const plans: PlanNode[] = [];
  const explaining = {
    execute: async (statement: SQL) => {
      if (dialect.sqlToQuery(statement).sql.includes('left join users tu')) {
        const result = await t.db.execute<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
          sql`explain (format json) ${statement}`,
        );
        plans.push(result.rows[0]!['QUERY PLAN'][0]!.Plan);
      }
      return t.db.execute(statement);
    },
  } as unknown as Executor;
  await listJournal(explaining, access, { sort: '-at', pageSize: 50, ...query });
  return plans;
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];
const journalReads = (plan: PlanNode) =>
  nodes(plan).filter((node) => node['Relation Name'] === 'journal_entries');

describe('a page of the journal at 200,000 entries', () => {
  it.each<[string, Partial<JournalListQuery>]>([
    ['newest first', {}],
    ['oldest first', { sort: 'at' }],
    ['by kind', { sort: 'kind' }],
    ['by kind, Z to A', { sort: '-kind' }],
    ['by user', { sort: 'user' }],
    ['by user, Z to A', { sort: '-user' }],
    ['one kind', { kind: 'statement.printed' }],
    ['one user', { userId: 'ACTOR' }],
    ['a month', { from: 'MONTH_AGO' }],
    ['after a cursor', { after: 1 }],
  ])('%s: read in index order, never the whole table, never sorted', async (_name, query) => {
    // filters that match many entries: where sorting them would cost
    if (query.userId) query.userId = actor;
    if (query.from) query.from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    if (query.after) {
      const [entry] = (
        await t.db.execute<{ id: string }>(
          sql`select id from journal_entries where employer_id = ${access.employerId} order by id limit 1`,
        )
      ).rows;
      query.after = Number(entry!.id);
    }
    const plans = await plansOf(query);
    const reads = plans.flatMap(journalReads);
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read['Node Type'], JSON.stringify(read)).toMatch(/^Index (Only )?Scan$/);
      expect(read['Index Name']).toMatch(/^journal_/);
    }
    for (const plan of plans) expect(nodes(plan).map((node) => node['Node Type'])).not.toContain('Sort');
  });

  it('a search reads the journal through the indexes of what it names, or not at all when it names nothing', async () => {
    for (const search of ['statement.prin', 'hugo', 'zzz-nothing']) {
      const plans = await plansOf({ search });
      for (const read of plans.flatMap(journalReads)) {
        expect(read['Node Type'], `${search}: ${JSON.stringify(read)}`).not.toBe('Seq Scan');
      }
    }
  });
});
