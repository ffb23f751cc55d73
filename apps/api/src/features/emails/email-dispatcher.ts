import type { Database } from '@groupdesk/db';
import { todayInBelgium } from '@groupdesk/domain';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import { MailError, type Mailer } from '../../plugins/mailer';
import { type EmailKind, type EmailLanguage, renderEmail } from './email-templates';
import { affiliateInServiceOn } from './in-service';

/** A claimed outbox row with what its message needs. */
interface ClaimedEmail extends Record<string, unknown> {
  id: string;
  kind: EmailKind;
  recipient: string;
  language: EmailLanguage;
  attempts: number;
  payload: Record<string, string>;
  employer_name: string | null;
  affiliate_id: string | null;
  first_name: string | null;
  last_name: string | null;
  current_email: string | null;
  in_service: boolean | null;
  registered: boolean | null;
  user_name: string | null;
}

export interface DispatchOptions {
  db: Database;
  mailer: Mailer;
  config: Pick<Config, 'INSURER_NAME' | 'PORTAL_URL' | 'APP_URL'>;
  log: FastifyBaseLogger;
  batchSize?: number;
  /** a row left in 'sending' longer than this was claimed by a dispatcher that crashed */
  staleAfterMs?: number;
  /** tests only: runs between sending and marking as sent, to stand for a crash there */
  afterSend?: (emailId: string) => Promise<void>;
}

export interface DispatchResult {
  sent: number;
  failed: number;
  retried: number;
  cancelled: number;
}

const MAX_ATTEMPTS = 8;
/** 30 s, 1 min, 2 min … capped at an hour */
export const retryDelaySeconds = (attempts: number) => Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));

/**
 * Claims due e-mails (`FOR UPDATE SKIP LOCKED`: several dispatchers never take the same row), marking them
 * `sending` before sending. A crash after the SMTP server accepted a message and before it is marked `sent`
 * leaves it `sending`; once stale it is claimed again and sent once more, with the same Message-ID. Never
 * lost, at worst twice.
 */
async function claimDueEmails(db: Database, batchSize: number, staleAfterMs: number) {
  await db.execute(sql`
    update email_outbox set status = 'scheduled'
    where status = 'sending' and claimed_at < now() - ${`${staleAfterMs} milliseconds`}::interval`);
  const claimed = await db.execute<ClaimedEmail>(sql`
    with due as (
      select id from email_outbox where status = 'scheduled' and due_at <= now()
      order by due_at limit ${batchSize} for update skip locked
    ), claimed as (
      update email_outbox o set status = 'sending', claimed_at = now(), attempts = o.attempts + 1
      from due where o.id = due.id
      returning o.*
    )
    select c.id, c.kind, c.recipient, c.language, c.attempts, c.payload, e.name as employer_name,
      c.affiliate_id, a.first_name, a.last_name, a.professional_email as current_email,
      ${affiliateInServiceOn(todayInBelgium())} as in_service, a.portal_registered_at is not null as registered,
      u.name as user_name
    from claimed c
    left join employers e on e.id = c.employer_id
    left join affiliates a on a.id = c.affiliate_id
    left join users u on u.id = c.user_id`);
  return claimed.rows;
}

/** Why an invitation no longer goes (DESIGN.md: cancelled if the affiliate registered, left or lost the address). */
function invitationObstacle(email: ClaimedEmail): string | null {
  if (email.registered) return 'registered on the portal meanwhile';
  if (email.in_service === false) return 'left the employer meanwhile';
  if (!email.current_email) return 'no professional address any more';
  return null;
}

async function settle(
  db: Database,
  id: string,
  values: {
    status: string;
    error?: string | null;
    dueInSeconds?: number;
    subject?: string;
    messageId?: string;
  },
) {
  await db.execute(sql`
    update email_outbox set status = ${values.status}::email_status,
      last_error = ${values.error ?? null},
      due_at = case when ${values.dueInSeconds ?? null}::int is null then due_at else now() + make_interval(secs => ${values.dueInSeconds ?? 0}) end,
      sent_at = case when ${values.status} = 'sent' then now() else sent_at end,
      subject = coalesce(${values.subject ?? null}, subject),
      -- a set-password link is kept only until it is sent: afterwards only its hash remains (password_tokens)
      payload = case when ${values.status} in ('sent', 'failed', 'cancelled') then payload - 'link' else payload end,
      message_id = coalesce(${values.messageId ?? null}, message_id)
    where id = ${id} and status = 'sending'`);
}

async function deliver(options: DispatchOptions, email: ClaimedEmail, result: DispatchResult) {
  const { db, mailer, config } = options;
  if (email.kind === 'invitation') {
    const obstacle = invitationObstacle(email);
    if (obstacle) {
      await settle(db, email.id, { status: 'cancelled', error: obstacle });
      result.cancelled += 1;
      return;
    }
  }
  // an invitation goes to the address the affiliate has now; a confirmation to the address it confirms
  const to = email.kind === 'invitation' ? email.current_email! : email.recipient;
  const message = renderEmail(email.kind, email.language, {
    name: email.first_name ? `${email.first_name} ${email.last_name ?? ''}`.trim() : (email.user_name ?? ''),
    email: to,
    employerName: email.employer_name ?? '',
    insurerName: config.INSURER_NAME,
    portalUrl: config.PORTAL_URL,
    appUrl: config.APP_URL,
    ...email.payload,
  });
  const messageId = `<${email.id}@groupdesk>`;
  try {
    await mailer.send({ ...message, to, messageId, language: email.language });
  } catch (error) {
    const permanent = !(error instanceof MailError) || error.permanent || email.attempts >= MAX_ATTEMPTS;
    const reason = error instanceof Error ? error.message : String(error);
    if (permanent) {
      await settle(db, email.id, { status: 'failed', error: reason.slice(0, 500) });
      result.failed += 1;
    } else {
      await settle(db, email.id, {
        status: 'scheduled',
        error: reason.slice(0, 500),
        dueInSeconds: retryDelaySeconds(email.attempts),
      });
      result.retried += 1;
    }
    return;
  }
  await options.afterSend?.(email.id);
  await settle(db, email.id, { status: 'sent', subject: message.subject, messageId });
  result.sent += 1;
}

/** Sends every due e-mail, a batch at a time, a few at once; returns what happened. */
export async function dispatchDueEmails(options: DispatchOptions): Promise<DispatchResult> {
  const result: DispatchResult = { sent: 0, failed: 0, retried: 0, cancelled: 0 };
  const batchSize = options.batchSize ?? 100;
  for (;;) {
    const batch = await claimDueEmails(options.db, batchSize, options.staleAfterMs ?? 10 * 60_000);
    if (batch.length === 0) return result;
    const queue = [...batch];
    // five at a time: the SMTP pool keeps five connections
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        for (let email = queue.shift(); email; email = queue.shift()) await deliver(options, email, result);
      }),
    );
    if (batch.length < batchSize) return result;
  }
}
