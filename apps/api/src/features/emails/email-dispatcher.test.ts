import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { schema } from '@groupdesk/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld, type DemoWorld } from '../../../test/fixtures';
import { startSmtpServer } from '../../../test/smtp';
import { type TestApp, createTestApp } from '../../../test/test-app';
import { createMailer } from '../../plugins/mailer';
import { dispatchDueEmails } from './email-dispatcher';

const { affiliates, emailOutbox } = schema;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let world: DemoWorld;

/** A confirmation in the outbox, due now, for one of Van Damme's affiliates. */
async function queueConfirmation(recipient: string) {
  const [affiliate] = await t.db
    .select()
    .from(affiliates)
    .where(eq(affiliates.employerId, world.employerId.vanDamme))
    .limit(1);
  const [row] = await t.db
    .insert(emailOutbox)
    .values({
      employerId: world.employerId.vanDamme,
      affiliateId: affiliate!.id,
      kind: 'confirmation',
      recipient,
      language: 'fr',
      idempotencyKey: `test:${recipient}`,
    })
    .returning();
  return row!;
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  // no workers: the test drives the dispatcher itself
  t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: '0' });
  world = await loadDemoWorld(t.db);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const options = () => ({ db: t.app.db, mailer: t.app.mailer, config: t.app.config, log: t.app.log });

describe('dispatchDueEmails', () => {
  it('after a crash between sending and marking, sends once more with the same Message-ID, as the README says', async () => {
    const email = await queueConfirmation('crash@vandamme.be');
    class Crash extends Error {}
    await expect(
      dispatchDueEmails({
        ...options(),
        afterSend: async () => {
          throw new Crash('the process died here');
        },
      }),
    ).rejects.toThrow(Crash);
    expect(smtp.to('crash@vandamme.be')).toHaveLength(1);
    const [left] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, email.id));
    expect(left!.status).toBe('sending');

    // a dispatcher that comes later does not touch it while the claim is fresh …
    await dispatchDueEmails(options());
    expect(smtp.to('crash@vandamme.be')).toHaveLength(1);
    // … and sends it again once the claim is stale: at worst twice, never lost
    const result = await dispatchDueEmails({ ...options(), staleAfterMs: 0 });
    expect(result.sent).toBe(1);
    const received = smtp.to('crash@vandamme.be');
    expect(received).toHaveLength(2);
    expect(received[1]!.messageId).toBe(received[0]!.messageId);
    const [sent] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, email.id));
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, messageId: `<${email.id}@groupdesk>` });
    expect(sent!.subject).toBe('Votre adresse e-mail professionnelle a été enregistrée');
  });

  it('never sends the same row from two dispatchers at once', async () => {
    for (let i = 0; i < 30; i += 1) await queueConfirmation(`parallel.${i}@vandamme.be`);
    const [a, b] = await Promise.all([dispatchDueEmails(options()), dispatchDueEmails(options())]);
    expect(a.sent + b.sent).toBe(30);
    for (let i = 0; i < 30; i += 1) expect(smtp.to(`parallel.${i}@vandamme.be`)).toHaveLength(1);
  });
});

describe('without SMTP_URL', () => {
  it('writes each message as an .eml file under DATA_DIR/mail', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'groupdesk-mail-'));
    try {
      const mailer = createMailer({ from: 'groupdesk <no-reply@groupdesk.be>', mailDir: dir });
      await mailer.send({
        messageId: '<eml-test@groupdesk>',
        to: 'a@b.be',
        subject: 'Objet é',
        text: 'texte',
        html: '<p>texte</p>',
        language: 'fr',
      });
      const [file] = await fs.readdir(dir);
      expect(file).toMatch(/eml-testgroupdesk\.eml$/);
      const content = await fs.readFile(path.join(dir, file!), 'utf8');
      expect(content).toMatch(/^Message-ID: <eml-test@groupdesk>$/m);
      expect(content).toMatch(/^Date: /m);
      expect(content).toMatch(/multipart\/alternative/);
      expect(content).toContain('text/html');
      mailer.close();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
