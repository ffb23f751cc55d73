import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import errors from '../../plugins/errors';
import { loggerOptions, withoutTokens } from '../../server-factory';

/** A log stream whose lines the test reads. */
function logLines() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('set-password tokens in request logs', () => {
  it.each([
    ['/set-password?token=abc-DEF_123', '/set-password?token=[redacted]'],
    ['/set-password?lang=fr&token=abc&x=1', '/set-password?lang=fr&token=[redacted]&x=1'],
    ['/api/employers?search=token', '/api/employers?search=token'],
  ])('%s is logged as %s', (url, logged) => {
    expect(withoutTokens(url)).toBe(logged);
  });

  it('the server’s own request log line never holds the token', async () => {
    const { lines, stream } = logLines();
    const app = Fastify({ logger: { ...loggerOptions('info'), stream } });
    app.get('/set-password', async () => 'page');
    await app.inject({ method: 'GET', url: '/set-password?token=the-secret-token' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('/set-password?token=[redacted]');
    expect(log).not.toContain('the-secret-token');
  });
});

describe('a failed query in the error log', () => {
  it('keeps the query and its cause, never its parameters (a session id here)', async () => {
    const { lines, stream } = logLines();
    const app = Fastify({ logger: { ...loggerOptions('info'), stream } });
    await app.register(errors);
    app.get('/fails', async () => {
      const cause = Object.assign(new Error('connection terminated'), { code: '57P01' });
      throw new DrizzleQueryError('select * from sessions where id = $1', ['the-session-id'], cause);
    });
    expect((await app.inject({ method: 'GET', url: '/fails' })).statusCode).toBe(500);
    await app.close();
    const logged = lines.map((line) => JSON.parse(line) as { err?: Record<string, unknown> });
    const { err } = logged.find((line) => line.err)!;
    expect(err).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query: select * from sessions where id = $1',
      cause: { message: 'connection terminated', code: '57P01' },
    });
    expect(lines.join('')).not.toContain('the-session-id');
  });
});
