import fs from 'node:fs/promises';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';

/**
 * The message an outbox row became when no SMTP server is set: the dispatcher writes it under
 * `DATA_DIR/mail`, its file named after the row's Message-ID. Waits until it is there.
 */
export async function emlOfOutboxRow(
  dataDir: string,
  outboxId: string,
  timeoutMs = 15_000,
): Promise<ParsedMail> {
  const folder = path.join(dataDir, 'mail');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    const name = names.find((file) => file.includes(outboxId) && file.endsWith('.eml'));
    if (name) return simpleParser(await fs.readFile(path.join(folder, name)));
    if (Date.now() > deadline) throw new Error(`no .eml for the outbox row ${outboxId} in ${folder}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
