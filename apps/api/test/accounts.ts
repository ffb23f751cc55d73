import { createHmac } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { eventually, type startSmtpServer } from './smtp';
import type { TestApp } from './test-app';

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>;

/** JSON requests of one user (or anonymous), with the session cookie; keeps cookies the API sets. */
export function accountClient(app: TestApp['app'], cookie?: string) {
  const jar = new Map<string, string>();
  if (cookie) {
    const [name, ...value] = cookie.split('=');
    jar.set(name!, value.join('='));
  }
  const send = async (method: InjectOptions['method'], url: string, payload?: unknown) => {
    const response = await app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      headers: jar.size ? { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') } : {},
    });
    for (const set of response.cookies) {
      if (set.value === '' || (set.expires && set.expires.getTime() <= Date.now())) jar.delete(set.name);
      else jar.set(set.name, set.value);
    }
    return response;
  };
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, payload: unknown = {}) => send('POST', url, payload),
    put: (url: string, payload: unknown) => send('PUT', url, payload),
    patch: (url: string, payload: unknown) => send('PATCH', url, payload),
    delete: (url: string) => send('DELETE', url),
    /** the Cookie header of the session this client holds, or undefined */
    get sessionCookie() {
      const value = jar.get('groupdesk_session');
      return value ? `groupdesk_session=${value}` : undefined;
    },
  };
}

/** The token of the newest set-password link e-mailed to this address (waits for the e-mail). */
export async function linkTokenMailedTo(smtp: Smtp, address: string, count = 1): Promise<string> {
  const mails = await eventually(() => {
    const received = smtp.to(address);
    return received.length >= count && received;
  });
  const text = mails[mails.length - 1]!.text ?? '';
  const match = /\/set-password\?token=([\w-]+)/.exec(text);
  expect(match, text).not.toBeNull();
  return match![1]!;
}

/**
 * The code an authenticator app shows for this base32 secret now (or some 30-second steps away): RFC 6238
 * computed here on its own, not with the app's implementation, so that the test checks it.
 */
export function codeNow(secret: string, offsetSteps = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...secret].map((char) => alphabet.indexOf(char).toString(2).padStart(5, '0')).join('');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + offsetSteps));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[19]! & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
