import type { Executor } from '@groupdesk/db';
import type { EmployerAccessContext } from '../access/employer-access';
import { cellsOf, rowCells } from './upload-cells';
import type { HeaderMap } from './upload-headers';
import type { UploadedRow } from './upload-parse';
import { checkRows, checkedRowsTable } from './upload-row-checks';

/** a batch's bytes: some 3,000 rows of the insured list */
const BATCH_BYTES = 1 << 20;

/**
 * The rows of an upload checked as they are read, in batches: the database checks one batch against the
 * affiliates while the next is read (upload-row-checks.ts), and the rules across rows run once all are in
 * (upload-validation.ts). Rows are written into one of two buffers as JSON, so that their texts die young
 * rather than piling up in the heap until a batch is sent, and no batch is ever copied into a string.
 */
export async function uploadStaging(tx: Executor, access: EmployerAccessContext) {
  await tx.execute(checkedRowsTable);
  const buffers = [Buffer.allocUnsafe(BATCH_BYTES), Buffer.allocUnsafe(BATCH_BYTES)];
  let filling = 0;
  let used = 0;
  let ordinal = 0;
  let labels: HeaderMap['labels'] = {};
  let writing: Promise<void> = Promise.resolve();

  const append = (text: string) => {
    // a UTF-16 unit takes at most 3 bytes in UTF-8; a row larger than a batch gets a buffer of its own size
    const room = text.length * 3 + 2;
    if (room > buffers[filling]!.length) buffers[filling] = Buffer.allocUnsafe(room);
    const buffer = buffers[filling]!;
    used += buffer.write(used === 0 ? '[' : ',', used);
    used += buffer.write(text, used);
  };
  const send = () => {
    const buffer = buffers[filling]!;
    used += buffer.write(']', used);
    const batch = buffer.subarray(0, used);
    // then() runs drizzle's query once; the promise it gives may be awaited again and again
    writing = tx.execute(checkRows(cellsOf(batch), access, labels)).then(() => undefined);
    // a failed write is thrown by the next add or by finish, whoever waits first
    writing.catch(() => undefined);
    filling = 1 - filling;
    used = 0;
  };

  return {
    /** Stages a row of the list under `header`; when the batch is full, returns the wait to reuse a buffer. */
    add(row: UploadedRow, header: HeaderMap): Promise<void> | undefined {
      labels = header.labels;
      ordinal += 1;
      const text = rowCells(row, ordinal);
      if (used === 0 || used + text.length * 3 + 2 <= buffers[filling]!.length) {
        append(text);
        return undefined;
      }
      // the other buffer is free once its batch is checked: this one goes, and the row starts the other
      return writing.then(() => {
        send();
        append(text);
      });
    },
    async finish() {
      await writing;
      if (used > 0) send();
      await writing;
    },
  };
}
