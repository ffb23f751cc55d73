import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions, withoutTokens } from '../../server-factory';

describe('set-password tokens in request logs', () => {
  it.each([
    ['/set-password?token=abc-DEF_123', '/set-password?token=[redacted]'],
    ['/set-password?lang=fr&token=abc&x=1', '/set-password?lang=fr&token=[redacted]&x=1'],
    ['/api/employers?search=token', '/api/employers?search=token'],
  ])('%s is logged as %s', (url, logged) => {
    expect(withoutTokens(url)).toBe(logged);
  });

  it('the server’s own request log line never holds the token', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = Fastify({ logger: { ...loggerOptions('info'), stream } });
    app.get('/set-password', async () => 'page');
    await app.inject({ method: 'GET', url: '/set-password?token=the-secret-token' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('/set-password?token=[redacted]');
    expect(log).not.toContain('the-secret-token');
  });
});
