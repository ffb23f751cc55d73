import type { AddressInfo } from 'node:net';
import { dispatchDueEmails } from '@groupdesk/api/src/features/emails/email-dispatcher';
import { createMailer } from '@groupdesk/api/src/plugins/mailer';
import { SMTPServer } from 'smtp-server';
import { measure, readTaskInput, runTask } from '../lib/task-runtime';
import { openTaskApp } from './task-app';

const EMAILS = 2_000;

// The outbox dispatcher sending every due e-mail to a local SMTP server that accepts everything.
runTask(async () => {
  const input = readTaskInput();
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const { app } = await openTaskApp(input);
  const mailer = createMailer({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: 'bench <bench@groupdesk.be>',
    mailDir: input.dataDir,
  });
  try {
    await app.pool.query(
      `insert into email_outbox (employer_id, affiliate_id, kind, recipient, language, idempotency_key)
       select employer_id, id, 'confirmation', 'bench.' || id || '@example.be', language, 'bench:' || id
       from affiliates where employer_id = $1 limit $2`,
      [input.employerId, EMAILS],
    );
    const measured = await measure(() =>
      dispatchDueEmails({ db: app.db, mailer, config: app.config, log: app.log }),
    );
    // the confirmations the apply of the round trip queued are due too: every due e-mail counts
    const { sent } = measured.result;
    if (sent < EMAILS || received !== sent) {
      throw new Error(`${sent} sent, ${received} received, ${EMAILS} queued here`);
    }
    return { available: true, seconds: measured.seconds, perSecond: sent / measured.seconds, emails: sent };
  } finally {
    mailer.close();
    await app.close();
    server.close();
  }
});
