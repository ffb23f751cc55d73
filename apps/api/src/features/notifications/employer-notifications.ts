import { randomUUID } from 'node:crypto';
import { type Executor, schema } from '@groupdesk/db';
import { eq } from 'drizzle-orm';
import type { EmailLanguage } from '../emails/email-templates';
import { accessTextsOf } from './access-wording';

const { emailOutbox, employers, users } = schema;

export type EmployerNotification =
  | { kind: 'upload-applied'; employerId: string; actionId: string; actorUserId: string; applied: number }
  | {
      kind: 'statements-available';
      employerId: string;
      year: number;
      count: number;
      /** the batch that issued them: the first of its new statements of this employer and year */
      batch: string;
    }
  | {
      kind: 'access-granted' | 'access-changed';
      employerId: string;
      actorUserId: string;
      user: { name: string; email: string };
      role: 'master' | 'hr';
      profile: 'read' | 'write';
      /** null: all contracts */
      contractNumbers: string[] | null;
      endDate: string | null;
    }
  | {
      kind: 'access-revoked';
      employerId: string;
      actorUserId: string;
      user: { name: string; email: string };
    };

/**
 * The same cause never yields two notices: an upload once, each batch of a year's statements once (a second
 * batch the same day is news of its own), each grant once.
 */
function idempotencyKeyOf(notification: EmployerNotification): string {
  const prefix = `employer-${notification.kind}:${notification.employerId}`;
  switch (notification.kind) {
    case 'upload-applied':
      return `${prefix}:${notification.actionId}`;
    case 'statements-available':
      return `${prefix}:${notification.year}:${notification.batch}`;
    default:
      return `${prefix}:${randomUUID()}`;
  }
}

async function actorNameOf(tx: Executor, notification: EmployerNotification) {
  if (!('actorUserId' in notification)) return '';
  const [actor] = await tx
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, notification.actorUserId));
  return actor?.name ?? '';
}

function valuesOf(notification: EmployerNotification, language: EmailLanguage) {
  switch (notification.kind) {
    case 'upload-applied':
      return { applied: String(notification.applied) };
    case 'statements-available':
      return { year: String(notification.year), count: String(notification.count) };
    case 'access-granted':
    case 'access-changed':
      return {
        userName: notification.user.name,
        userEmail: notification.user.email,
        ...accessTextsOf(language, notification),
      };
    case 'access-revoked':
      return { userName: notification.user.name, userEmail: notification.user.email };
  }
}

/**
 * Queues, in the transaction of its cause, an e-mail to the employer's notification address (the
 * distribution list of the extranet agreement), in the employer's language. Nothing is queued when the
 * employer has no such address. Returns whether an e-mail was queued.
 */
export async function queueEmployerNotification(
  tx: Executor,
  notification: EmployerNotification,
): Promise<boolean> {
  const [employer] = await tx
    .select({ notificationEmail: employers.notificationEmail, language: employers.language })
    .from(employers)
    .where(eq(employers.id, notification.employerId));
  if (!employer?.notificationEmail) return false;
  const payload = {
    actorName: await actorNameOf(tx, notification),
    ...valuesOf(notification, employer.language),
  };
  const queued = await tx
    .insert(emailOutbox)
    .values({
      employerId: notification.employerId,
      kind: `employer-${notification.kind}`,
      recipient: employer.notificationEmail,
      language: employer.language,
      idempotencyKey: idempotencyKeyOf(notification),
      cause: notification.kind === 'upload-applied' ? `upload:${notification.actionId}` : null,
      payload,
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  return queued.length > 0;
}
