import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  /** `<…@…>`: the same outbox row always gets the same Message-ID, so a resent copy can be recognised */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ response: string }>;
  /** where the messages go: `smtp://host:port` or the .eml folder */
  readonly destination: string;
}

/** Why a message was not sent, and whether trying again later can help. */
export class MailError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

/** SMTP answers 5xx when trying again will not help (unknown mailbox, refused); 4xx and network errors may pass. */
function mailErrorOf(error: unknown): MailError {
  const { responseCode, response, message } = error as {
    responseCode?: number;
    response?: string;
    message?: string;
  };
  const text = response ?? message ?? 'the message could not be sent';
  return new MailError(text, responseCode !== undefined && responseCode >= 500 && responseCode < 600);
}

export function createMailer(options: {
  smtpUrl?: string;
  from: string;
  mailDir: string;
}): Mailer & { close(): void } {
  const transport = options.smtpUrl
    ? nodemailer.createTransport({ url: options.smtpUrl, pool: true, maxConnections: 5 })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const message = (mail: OutgoingMail) => ({
    from: options.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    date: new Date(),
    headers: { 'Content-Language': mail.language },
  });
  return {
    destination: options.smtpUrl ? new URL(options.smtpUrl).origin : options.mailDir,
    async send(mail) {
      try {
        const info = (await transport.sendMail(message(mail))) as { response?: string; message?: Buffer };
        if (!options.smtpUrl && info.message) {
          // no SMTP server: the message is written as an .eml file, named by time and Message-ID
          await fs.mkdir(options.mailDir, { recursive: true });
          const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.messageId.replace(/[^\w.-]/g, '')}.eml`;
          await fs.writeFile(path.join(options.mailDir, name), info.message);
          return { response: `written to ${name}` };
        }
        return { response: info.response ?? 'sent' };
      } catch (error) {
        throw mailErrorOf(error);
      }
    },
    close() {
      transport.close();
    },
  };
}

/** The mailer: nodemailer over SMTP (`SMTP_URL`), or .eml files under `DATA_DIR/mail` when it is unset. */
export default fp(
  async function mailer(app: FastifyInstance, options: { smtpUrl?: string; from: string; dataDir: string }) {
    const instance = createMailer({ ...options, mailDir: path.join(options.dataDir, 'mail') });
    app.decorate('mailer', instance);
    app.addHook('onClose', async () => instance.close());
  },
  { name: 'mailer' },
);
