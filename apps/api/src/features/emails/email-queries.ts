import type { Email, EmailListQuery, EmailListResponse } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { type SQL, and, count, desc, eq, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope } from '../affiliates/affiliate-scope';

const { affiliates, emailOutbox } = schema;

const columns = {
  id: emailOutbox.id,
  kind: emailOutbox.kind,
  status: emailOutbox.status,
  recipient: emailOutbox.recipient,
  language: emailOutbox.language,
  affiliateId: emailOutbox.affiliateId,
  affiliateName: sql<string | null>`${affiliates.lastName} || ' ' || ${affiliates.firstName}`,
  subject: emailOutbox.subject,
  dueAt: emailOutbox.dueAt,
  sentAt: emailOutbox.sentAt,
  attempts: emailOutbox.attempts,
  lastError: emailOutbox.lastError,
  createdAt: emailOutbox.createdAt,
};

/**
 * The e-mails of the employer's affiliates a user may see (their contract scope), newest first. A user
 * limited to some contracts does not see the e-mails of affiliates outside them, nor those to users.
 */
function visibleEmails(access: EmployerAccessContext): SQL {
  const ofEmployer = eq(emailOutbox.employerId, access.employerId);
  if (access.contractIds === null) return ofEmployer;
  return and(ofEmployer, sql`${emailOutbox.affiliateId} is not null`, affiliateScope(access))!;
}

export async function listEmails(
  db: Executor,
  access: EmployerAccessContext,
  query: EmailListQuery,
): Promise<EmailListResponse> {
  const where = and(
    visibleEmails(access),
    query.kind ? eq(emailOutbox.kind, query.kind) : undefined,
    query.status ? eq(emailOutbox.status, query.status) : undefined,
    query.affiliateId ? eq(emailOutbox.affiliateId, query.affiliateId) : undefined,
    // days as the Belgian HR officer counts them
    query.from
      ? sql`(${emailOutbox.createdAt} at time zone 'Europe/Brussels')::date >= ${query.from}::date`
      : undefined,
    query.to
      ? sql`(${emailOutbox.createdAt} at time zone 'Europe/Brussels')::date <= ${query.to}::date`
      : undefined,
  );
  const from = () =>
    db.select(columns).from(emailOutbox).leftJoin(affiliates, eq(affiliates.id, emailOutbox.affiliateId));
  const [rows, [totals]] = await Promise.all([
    from()
      .where(where)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: count() })
      .from(emailOutbox)
      .leftJoin(affiliates, eq(affiliates.id, emailOutbox.affiliateId))
      .where(where),
  ]);
  return { items: rows.map(toEmail), total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function findEmail(db: Executor, access: EmployerAccessContext, emailId: string) {
  const [row] = await db
    .select(columns)
    .from(emailOutbox)
    .leftJoin(affiliates, eq(affiliates.id, emailOutbox.affiliateId))
    .where(and(visibleEmails(access), eq(emailOutbox.id, emailId)));
  return row ? toEmail(row) : null;
}

function toEmail(row: {
  id: string;
  kind: string;
  status: Email['status'];
  recipient: string;
  language: Email['language'];
  affiliateId: string | null;
  affiliateName: string | null;
  subject: string | null;
  dueAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}): Email {
  return {
    id: row.id,
    kind: row.kind as Email['kind'],
    status: row.status,
    recipient: row.recipient,
    language: row.language,
    affiliate: row.affiliateId ? { id: row.affiliateId, name: row.affiliateName ?? '' } : null,
    subject: row.subject,
    dueAt: row.dueAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
  };
}
