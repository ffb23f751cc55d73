import { PassThrough, type Writable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Streams a workbook that `write` produces into the answer as an attachment, as it is written: a report
 * of 100,000 rows is never held whole. A failure half-way is logged and cuts the download short, so the
 * browser reports it rather than saving half a file.
 */
export function sendWorkbook(
  request: FastifyRequest,
  reply: FastifyReply,
  fileName: string,
  write: (output: Writable) => Promise<unknown>,
) {
  const output = new PassThrough();
  write(output).catch((error: unknown) => {
    request.log.error({ err: error, fileName }, 'workbook could not be written');
    output.destroy(error as Error);
  });
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .send(output);
}
