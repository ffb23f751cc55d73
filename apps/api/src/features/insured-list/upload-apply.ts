import type { ApplyUploadBody } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { addIsoDuration } from '@groupdesk/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { HttpError, notFound } from '../../lib/errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { UNDO_WINDOW_MS, actionView, findAction, updateAction } from '../actions/action-queries';
import { cancelScheduledEmails, queueAddressEmails } from '../emails/address-emails';
import { writeJournal } from '../journal/journal';
import { queueEmployerNotification } from '../notifications/employer-notifications';
import { UPLOAD_JOB } from './insured-list-upload';
import { rowsSetBy, setUploadedAddresses } from './upload-apply-rows';

const { actions, uploadRows } = schema;

/** The upload, locked for the rest of the transaction so that two clicks cannot apply it twice. */
async function lockUpload(tx: Executor, employerId: string, actionId: string) {
  const [action] = await tx
    .select()
    .from(actions)
    .where(and(eq(actions.id, actionId), eq(actions.employerId, employerId), eq(actions.kind, UPLOAD_JOB)))
    .for('update');
  if (!action) throw notFound('Upload');
  return action;
}

const conflict = (message: string, code = 'conflict', details?: HttpError['details']) =>
  new HttpError(409, code, message, details);

type ChangedAddress = {
  affiliate_id: string;
  previous_email: string | null;
  new_email: string | null;
};

/** One journal entry per changed address, linked to the upload. */
async function journalChanges(
  tx: Executor,
  access: EmployerAccessContext,
  actorUserId: string,
  actionId: string,
  changes: ChangedAddress[],
) {
  if (changes.length === 0) return;
  await tx.execute(sql`
    insert into journal_entries (employer_id, actor_user_id, actor_kind, kind, affiliate_id, action_id, before, after)
    select ${access.employerId}::uuid, ${actorUserId}::uuid, 'user', 'affiliate.updated', c.affiliate_id, ${actionId}::uuid,
      jsonb_build_object('professionalEmail', c.previous_email), jsonb_build_object('professionalEmail', c.new_email)
    from unnest(${sql.param(changes.map((c) => c.affiliate_id))}::uuid[], ${sql.param(changes.map((c) => c.previous_email))}::text[],
      ${sql.param(changes.map((c) => c.new_email))}::text[]) as c(affiliate_id, previous_email, new_email)`);
}

/**
 * Applies the valid rows of a validated upload in one transaction: the addresses, one journal entry per
 * change linked to the upload (upload-apply-rows.ts), and the confirmation and invitation e-mails. A row
 * whose stored address changed since the validation is skipped rather than overwriting what the user did not
 * see.
 */
export async function applyUpload(
  app: FastifyInstance,
  access: EmployerAccessContext,
  actorUserId: string,
  actionId: string,
  body: ApplyUploadBody,
) {
  await app.db.transaction(async (tx) => {
    const action = await lockUpload(tx, access.employerId, actionId);
    if (action.status !== 'ready') {
      throw conflict(
        `This upload is ${action.status}: only a validated upload that was not applied yet can be applied.`,
        'not_ready',
      );
    }
    const conflicts = await tx
      .select({ sheetRow: uploadRows.sheetRow })
      .from(uploadRows)
      .where(and(eq(uploadRows.actionId, actionId), eq(uploadRows.outcome, 'conflict')));
    const choices = new Map(body.resolutions.map((resolution) => [resolution.sheetRow, resolution.take]));
    const unresolved = conflicts.filter((row) => !choices.has(row.sheetRow));
    if (unresolved.length > 0) {
      throw conflict(
        `${unresolved.length} address(es) were changed in groupdesk after the export: choose for each which one to keep.`,
        'conflicts_unresolved',
        unresolved.slice(0, 50).map((row) => ({
          path: `rows.${row.sheetRow}`,
          code: 'email.changedSinceExport',
          message: 'Choose the address of the file or the one in groupdesk.',
        })),
      );
    }
    const fromFile = conflicts
      .filter((row) => choices.get(row.sheetRow) === 'file')
      .map((row) => row.sheetRow);
    const now = new Date();
    const { affiliateIds, applied } = await setUploadedAddresses(tx, {
      access,
      actorUserId,
      actionId,
      fromFile,
      now,
    });
    const emails = await queueAddressEmails(tx, {
      employerId: access.employerId,
      cause: `upload:${actionId}`,
      affiliateIds,
      invitationsAt: addIsoDuration(now, app.config.INVITATION_DELAY),
    });
    const counts = {
      ...action.counts,
      applied: affiliateIds.length,
      skipped: applied.skippedRows.length,
      confirmations: emails.confirmations,
      invitations: emails.invitations,
    };
    await updateAction(tx, actionId, {
      status: 'applied',
      appliedAt: now,
      counts,
      params: { ...action.params, applied },
    });
    if (affiliateIds.length > 0) {
      await queueEmployerNotification(tx, {
        kind: 'upload-applied',
        employerId: access.employerId,
        actionId,
        actorUserId,
        applied: affiliateIds.length,
      });
    }
    await writeJournal(tx, {
      employerId: access.employerId,
      actorUserId,
      kind: 'insured-list.applied',
      actionId,
      after: counts,
    });
  });
  return (await findAction(app.db, access.employerId, actionId, actionView(app)))!;
}

/**
 * Undoes an applied upload within 7 days: every address it set and that nobody changed since goes back to
 * its previous value, and the e-mails it scheduled that are not sent yet are cancelled.
 */
export async function undoUpload(
  app: FastifyInstance,
  access: EmployerAccessContext,
  actorUserId: string,
  actionId: string,
) {
  await app.db.transaction(async (tx) => {
    const action = await lockUpload(tx, access.employerId, actionId);
    if (action.status !== 'applied' || !action.appliedAt) {
      throw conflict(`This upload is ${action.status}: only an applied upload can be undone.`, 'not_applied');
    }
    if (Date.now() > action.appliedAt.getTime() + UNDO_WINDOW_MS) {
      throw conflict(
        'An upload can be undone for 7 days after it was applied; this one is older.',
        'undo_expired',
      );
    }
    const now = new Date();
    // the address a row replaced is the one it was validated against: the apply set it only over that one
    const result = await tx.execute<ChangedAddress>(sql`
      update affiliates set professional_email = r.current_email,
        professional_email_since = case when r.current_email is null then null else ${now}::timestamptz end,
        professional_email_changed_at = ${now}, updated_at = ${now}
      from upload_rows r
      where r.action_id = ${actionId} and ${rowsSetBy(action.params)} and affiliates.id = r.affiliate_id
        and affiliates.employer_id = ${access.employerId} and affiliates.professional_email = r.new_email
      returning affiliates.id as affiliate_id, r.new_email as previous_email, r.current_email as new_email`);
    const restored = result.rows;
    await journalChanges(tx, access, actorUserId, actionId, restored);
    const cancelledEmails = await cancelScheduledEmails(tx, `upload:${actionId}`);
    const applied = action.counts.applied ?? 0;
    const counts = {
      ...action.counts,
      restored: restored.length,
      kept: applied - restored.length,
      cancelledEmails,
    };
    await updateAction(tx, actionId, { status: 'undone', undoneAt: now, counts });
    await writeJournal(tx, {
      employerId: access.employerId,
      actorUserId,
      kind: 'insured-list.undone',
      actionId,
      after: counts,
    });
  });
  return (await findAction(app.db, access.employerId, actionId, actionView(app)))!;
}
