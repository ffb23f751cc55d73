import { type StatementPrint, statementPrintActionKind } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { type SQL, and, count, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { HttpError, notFound } from '../../lib/errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { actionView, createAction, findAction } from '../actions/action-queries';
import { affiliateScope, contractScope } from '../affiliates/affiliate-scope';
import { statementScope } from './statement-document';

const { affiliates, benefitStatements, groupContracts } = schema;

export const PRINT_JOB = statementPrintActionKind;

declare module '../../plugins/jobs' {
  interface JobPayloads {
    'statements.print': { actionId: string };
  }
}

/** What a print covers, as the action keeps it for its job. */
export type PrintSelection = StatementPrint;

/** The statements of the year and selection that this user may see. */
export function printCondition(access: EmployerAccessContext, selection: PrintSelection): SQL {
  return and(
    statementScope(access),
    eq(benefitStatements.year, selection.year),
    selection.affiliateIds
      ? sql`${benefitStatements.affiliateId} = any(${sql.param(selection.affiliateIds)}::uuid[])`
      : undefined,
    selection.contractId ? eq(benefitStatements.contractId, selection.contractId) : undefined,
  )!;
}

export async function countPrintable(db: Executor, access: EmployerAccessContext, selection: PrintSelection) {
  const [row] = await db
    .select({ n: count() })
    .from(benefitStatements)
    .innerJoin(affiliates, eq(affiliates.id, benefitStatements.affiliateId))
    .where(printCondition(access, selection));
  return row?.n ?? 0;
}

/** A contract or affiliates the user cannot see are not found, as if they did not exist. */
async function checkSelection(db: Executor, access: EmployerAccessContext, selection: PrintSelection) {
  if (selection.contractId) {
    const [contract] = await db
      .select({ id: groupContracts.id })
      .from(groupContracts)
      .where(
        and(
          eq(groupContracts.employerId, access.employerId),
          eq(groupContracts.id, selection.contractId),
          contractScope(access, sql`${groupContracts.id}`),
        ),
      );
    if (!contract) throw notFound('Contract');
  }
  if (selection.affiliateIds) {
    const [found] = await db
      .select({ n: count() })
      .from(affiliates)
      .where(
        and(
          affiliateScope(access),
          sql`${affiliates.id} = any(${sql.param(selection.affiliateIds)}::uuid[])`,
        ),
      );
    if ((found?.n ?? 0) < selection.affiliateIds.length) throw notFound('Affiliate');
  }
}

/**
 * Print many: records the action on the actions overview and queues its job in one transaction. A selection
 * without any statement of that year is refused at once rather than producing an empty file.
 */
export async function requestStatementPrint(
  app: FastifyInstance,
  access: EmployerAccessContext,
  userId: string,
  selection: PrintSelection,
) {
  await checkSelection(app.db, access, selection);
  if ((await countPrintable(app.db, access, selection)) === 0) {
    throw new HttpError(409, 'no_statements', `No statement of ${selection.year} for this selection.`);
  }
  const actionId = await app.db.transaction(async (tx) => {
    const id = await createAction(tx, {
      employerId: access.employerId,
      kind: PRINT_JOB,
      requestedBy: userId,
      params: { ...selection },
    });
    await app.jobs.send(PRINT_JOB, { actionId: id }, { tx });
    return id;
  });
  return (await findAction(app.db, access.employerId, actionId, actionView(app)))!;
}
