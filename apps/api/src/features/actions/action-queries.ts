import type { Action, ActionListQuery, ActionListResponse, ActionStatus } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { and, count, desc, eq, sql } from 'drizzle-orm';

const { actions, users } = schema;

const columns = {
  id: actions.id,
  employerId: actions.employerId,
  kind: actions.kind,
  status: actions.status,
  progress: actions.progress,
  counts: actions.counts,
  requestedById: actions.requestedBy,
  requestedByName: users.name,
  createdAt: actions.createdAt,
  finishedAt: actions.finishedAt,
  fileKey: actions.fileKey,
  fileName: actions.fileName,
  expiresAt: actions.expiresAt,
  error: actions.error,
};
const selectActions = (db: Executor) =>
  db.select(columns).from(actions).leftJoin(users, eq(users.id, actions.requestedBy));
type ActionRow = Awaited<ReturnType<typeof selectActions>>[number];

function toAction(row: ActionRow): Action {
  const downloadable = row.status === 'ready' && row.fileKey !== null;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    counts: row.counts,
    requestedBy: row.requestedById ? { id: row.requestedById, name: row.requestedByName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    fileName: row.fileName,
    downloadUrl: downloadable ? `/api/employers/${row.employerId}/actions/${row.id}/file` : null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    error: row.error,
  };
}

export async function listActions(
  db: Executor,
  employerId: string,
  query: ActionListQuery,
): Promise<ActionListResponse> {
  const where = eq(actions.employerId, employerId);
  const [rows, [totals]] = await Promise.all([
    selectActions(db)
      .where(where)
      .orderBy(desc(actions.createdAt), desc(actions.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(actions).where(where),
  ]);
  return { items: rows.map(toAction), total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function findAction(db: Executor, employerId: string, actionId: string): Promise<Action | null> {
  const [row] = await selectActions(db).where(
    and(eq(actions.employerId, employerId), eq(actions.id, actionId)),
  );
  return row ? toAction(row) : null;
}

/** The stored file of an action, while it may be downloaded. */
export async function findActionFile(db: Executor, employerId: string, actionId: string) {
  const [row] = await db
    .select({ fileKey: actions.fileKey, fileName: actions.fileName })
    .from(actions)
    .where(
      and(
        eq(actions.employerId, employerId),
        eq(actions.id, actionId),
        eq(actions.status, 'ready'),
        sql`(${actions.expiresAt} is null or ${actions.expiresAt} > now())`,
      ),
    );
  return row?.fileKey ? { fileKey: row.fileKey, fileName: row.fileName ?? 'file' } : null;
}

export async function createAction(
  db: Executor,
  values: { employerId: string; kind: string; requestedBy: string; params?: Record<string, unknown> },
): Promise<string> {
  const [row] = await db.insert(actions).values(values).returning({ id: actions.id });
  return row!.id;
}

export async function updateAction(
  db: Executor,
  actionId: string,
  values: Partial<{
    status: ActionStatus;
    progress: number;
    counts: Record<string, number>;
    fileKey: string | null;
    fileName: string | null;
    error: string | null;
    finishedAt: Date;
    expiresAt: Date | null;
  }>,
) {
  await db
    .update(actions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(actions.id, actionId));
}
