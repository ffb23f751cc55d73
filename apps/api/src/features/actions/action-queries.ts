import type { Action, ActionListQuery, ActionListResponse, ActionStatus } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { addIsoDuration } from '@groupdesk/domain';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';

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
  appliedAt: actions.appliedAt,
  params: actions.params,
};
const selectActions = (db: Executor) =>
  db.select(columns).from(actions).leftJoin(users, eq(users.id, actions.requestedBy));
type ActionRow = Awaited<ReturnType<typeof selectActions>>[number];

/** How long an applied upload can be undone. */
export const UNDO_WINDOW_MS = 7 * 86_400_000;

/** What a view of actions needs to know of the configuration: when invitations follow an applied upload. */
export interface ActionView {
  invitationDelay: string;
  /** set for a user limited to some contracts: only their own actions' files can be downloaded */
  filesOf?: string;
}

export const actionView = (
  app: { config: { INVITATION_DELAY: string } },
  request?: {
    session?: { user: { id: string } } | null;
    employerAccess?: { contractIds: string[] | null } | null;
  },
): ActionView => ({
  invitationDelay: app.config.INVITATION_DELAY,
  ...(request?.employerAccess?.contractIds && request.session ? { filesOf: request.session.user.id } : {}),
});

const downloadableStatuses: readonly ActionStatus[] = ['ready', 'applied', 'undone'];

function toAction(row: ActionRow, view: ActionView): Action {
  const downloadable =
    downloadableStatuses.includes(row.status) &&
    row.fileKey !== null &&
    (view.filesOf === undefined || view.filesOf === row.requestedById);
  const upload = row.kind === 'insured-list.upload';
  const now = new Date();
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
    sourceFileName: upload && typeof row.params.originalName === 'string' ? row.params.originalName : null,
    downloadUrl: downloadable ? `/api/employers/${row.employerId}/actions/${row.id}/file` : null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    error: row.error,
    invitationsAt:
      upload && (row.status === 'ready' || row.status === 'applied')
        ? addIsoDuration(row.appliedAt ?? now, view.invitationDelay).toISOString()
        : null,
    undoUntil:
      upload && row.status === 'applied' && row.appliedAt
        ? new Date(row.appliedAt.getTime() + UNDO_WINDOW_MS).toISOString()
        : null,
  };
}

export async function listActions(
  db: Executor,
  employerId: string,
  query: ActionListQuery,
  view: ActionView,
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
  return {
    items: rows.map((row) => toAction(row, view)),
    total: totals?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function findAction(
  db: Executor,
  employerId: string,
  actionId: string,
  view: ActionView,
): Promise<Action | null> {
  const [row] = await selectActions(db).where(
    and(eq(actions.employerId, employerId), eq(actions.id, actionId)),
  );
  return row ? toAction(row, view) : null;
}

/**
 * The stored file of an action, while it may be downloaded. A user limited to some contracts gets only the
 * files of their own actions: another user's export or upload may hold affiliates outside their scope.
 */
export async function findActionFile(
  db: Executor,
  viewer: { employerId: string; contractIds: string[] | null; userId: string },
  actionId: string,
) {
  const employerId = viewer.employerId;
  const [row] = await db
    .select({
      kind: actions.kind,
      fileKey: actions.fileKey,
      fileName: actions.fileName,
      params: actions.params,
    })
    .from(actions)
    .where(
      and(
        eq(actions.employerId, employerId),
        eq(actions.id, actionId),
        viewer.contractIds === null ? undefined : eq(actions.requestedBy, viewer.userId),
        inArray(actions.status, ['ready', 'applied', 'undone']),
        sql`(${actions.expiresAt} is null or ${actions.expiresAt} > now())`,
      ),
    );
  return row?.fileKey
    ? { kind: row.kind, fileKey: row.fileKey, fileName: row.fileName ?? 'file', params: row.params }
    : null;
}

export async function createAction(
  db: Executor,
  values: {
    id?: string;
    employerId: string;
    kind: string;
    requestedBy: string;
    params?: Record<string, unknown>;
    fileKey?: string;
    fileName?: string;
    expiresAt?: Date;
  },
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
    appliedAt: Date | null;
    undoneAt: Date | null;
    params: Record<string, unknown>;
  }>,
) {
  await db
    .update(actions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(actions.id, actionId));
}

/**
 * A job attempt of an action failed: the last attempt leaves `message` on the action, an earlier one puts it
 * back in the queue for pg-boss's retry.
 */
export async function recordFailedAttempt(
  db: Executor,
  actionId: string,
  attempt: { retryCount: number; retryLimit: number },
  message: string,
) {
  const last = attempt.retryCount >= attempt.retryLimit;
  await updateAction(db, actionId, {
    status: last ? 'failed' : 'queued',
    error: last ? message : null,
    ...(last ? { finishedAt: new Date() } : {}),
  });
}
