import type { ErrorResponse } from '@groupdesk/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from './test-app';

/** Requests as one user (or anonymous without a cookie), the way the SPA sends them. */
export function client(app: TestApp['app'], cookie?: string) {
  const send = (options: InjectOptions) =>
    app.inject({ ...options, headers: { ...(cookie ? { cookie } : {}), ...options.headers } });
  return {
    get: (url: string) => send({ method: 'GET', url }),
    patch: (url: string, payload: unknown) =>
      send({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    send,
  };
}

/**
 * Asserts the common error shape `{error: {code, message, details?}}` with this status (and code), and that
 * nothing of the server's inside (a stack trace) reaches the client. Returns the error for further checks.
 */
export function expectError(
  response: LightMyRequestResponse,
  status: number,
  code?: string,
): ErrorResponse['error'] {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json<ErrorResponse>();
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(
    body.error.details ? ['code', 'details', 'message'] : ['code', 'message'],
  );
  expect(body.error.code).toEqual(code ?? expect.any(String));
  expect(body.error.message).toEqual(expect.any(String));
  expect(response.body).not.toMatch(/stack|\bat .*\.(ts|js):\d+/i);
  return body.error;
}

/** A multipart/form-data body with one file in the field `file`, as a browser sends it. */
export function multipartFile(fileName: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----groupdesk${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
