import type { PortfolioEmployer } from '@groupdesk/contracts';
import type { Executor } from '@groupdesk/db';
import { sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { listEmployerSummaries } from '../employers/employer-queries';

interface InvitationRow extends Record<string, unknown> {
  employer_id: string;
  scheduled: number;
  sent: number;
}

interface UploadRow extends Record<string, unknown> {
  employer_id: string;
  id: string;
  status: NonNullable<PortfolioEmployer['lastUpload']>['status'];
  created_at: Date;
  counts: Record<string, number>;
}

/** The employers of a portfolio with the figures an account manager follows them by. */
export async function listPortfolio(
  db: Executor,
  accessList: EmployerAccessContext[],
): Promise<PortfolioEmployer[]> {
  if (accessList.length === 0) return [];
  const employerIds = sql.param(accessList.map((access) => access.employerId));
  const [summaries, invitations, uploads] = await Promise.all([
    listEmployerSummaries(db, accessList),
    db.execute<InvitationRow>(sql`
      select employer_id,
        (count(*) filter (where status in ('scheduled', 'sending')))::int as scheduled,
        (count(*) filter (where status = 'sent'))::int as sent
      from email_outbox where employer_id = any(${employerIds}::uuid[]) and kind = 'invitation'
      group by employer_id`),
    db.execute<UploadRow>(sql`
      select distinct on (employer_id) employer_id, id, status, created_at, counts
      from actions where employer_id = any(${employerIds}::uuid[]) and kind = 'insured-list.upload'
      order by employer_id, created_at desc, id desc`),
  ]);
  const invitationsOf = new Map(invitations.rows.map((row) => [row.employer_id, row]));
  const uploadOf = new Map(uploads.rows.map((row) => [row.employer_id, row]));
  return summaries.map((summary) => {
    const upload = uploadOf.get(summary.id);
    return {
      ...summary,
      invitationsScheduled: invitationsOf.get(summary.id)?.scheduled ?? 0,
      invitationsSent: invitationsOf.get(summary.id)?.sent ?? 0,
      lastUpload: upload
        ? {
            id: upload.id,
            status: upload.status,
            createdAt: new Date(upload.created_at).toISOString(),
            counts: upload.counts,
          }
        : null,
    };
  });
}
