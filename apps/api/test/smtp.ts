import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in the test process: it receives what the dispatcher sends and parses it. Recipients
 * listed in `refuse` get a permanent 550, those in `defer` a temporary 451.
 */
export async function startSmtpServer(options: { refuse?: string[]; defer?: string[] } = {}) {
  const messages: (ParsedMail & { receivedAt: number })[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (options.refuse?.includes(to))
        return callback(Object.assign(new Error('5.1.1 mailbox unknown'), { responseCode: 550 }));
      if (options.defer?.includes(to))
        return callback(Object.assign(new Error('4.2.0 try again later'), { responseCode: 451 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(Object.assign(mail, { receivedAt: Date.now() }));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address: string) => messages.filter((mail) => mailTo(mail).includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function mailTo(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((address) => address.value.map((value) => value.address ?? ''));
}

/** Waits until `check` holds, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('the expected e-mail did not arrive in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
