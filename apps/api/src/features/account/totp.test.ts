import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, otpauthUri, totpCode } from './totp';

// the 20-byte ASCII seed of RFC 4226 appendix D and RFC 6238 appendix B (SHA-1)
const rfcSeed = Buffer.from('12345678901234567890');
const rfcSeedBase32 = base32Encode(rfcSeed);

describe('base32 (RFC 4648 §10, without padding)', () => {
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('%j ⇄ %s', (text, encoded) => {
    expect(base32Encode(Buffer.from(text))).toBe(encoded);
    expect(base32Decode(encoded).toString()).toBe(text);
  });

  it('reads padding, spaces and lower case as apps show them', () => {
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => base32Decode('MZXW1')).toThrow();
  });
});

describe('HOTP (RFC 4226 appendix D)', () => {
  const expected = [
    '755224',
    '287082',
    '359152',
    '969429',
    '338314',
    '254676',
    '287922',
    '162583',
    '399871',
    '520489',
  ];
  it.each(expected.map((code, counter) => [counter, code]))('counter %i gives %s', (counter, code) => {
    expect(hotp(rfcSeed, counter)).toBe(code);
  });
});

describe('TOTP (RFC 6238 appendix B, SHA-1, 8 digits)', () => {
  it.each([
    [59, '94287082'],
    [1_111_111_109, '07081804'],
    [1_111_111_111, '14050471'],
    [1_234_567_890, '89005924'],
    [2_000_000_000, '69279037'],
    [20_000_000_000, '65353130'],
  ])('at %i s: %s', (seconds, code) => {
    expect(totpCode(rfcSeedBase32, seconds * 1000, 8)).toBe(code);
  });
});

describe('matchTotp', () => {
  const at = 1_700_000_000_000;
  const step = Math.floor(at / 30_000);

  it('accepts the code of this step and of the steps either side, naming the step', () => {
    expect(matchTotp(rfcSeedBase32, totpCode(rfcSeedBase32, at), at)).toBe(step);
    expect(matchTotp(rfcSeedBase32, totpCode(rfcSeedBase32, at - 30_000), at)).toBe(step - 1);
    expect(matchTotp(rfcSeedBase32, totpCode(rfcSeedBase32, at + 30_000), at)).toBe(step + 1);
  });

  it('refuses a code two steps old, another secret’s code and anything not 6 digits', () => {
    expect(matchTotp(rfcSeedBase32, totpCode(rfcSeedBase32, at - 60_000), at)).toBeNull();
    const other = base32Encode(Buffer.from('another-twenty-bytes'));
    expect(matchTotp(rfcSeedBase32, totpCode(other, at), at)).toBeNull();
    for (const code of ['', '12345', '1234567', 'abcdef', ' 123456']) {
      expect(matchTotp(rfcSeedBase32, code, at)).toBeNull();
    }
  });
});

describe('newTotpSecret and otpauthUri', () => {
  it('makes 160-bit secrets, different each time', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('writes the Key URI authenticator apps scan', () => {
    expect(otpauthUri({ secret: 'JBSWY3DPEHPK3PXP', account: 'jan@vandamme.be', issuer: 'groupdesk' })).toBe(
      'otpauth://totp/groupdesk:jan%40vandamme.be?secret=JBSWY3DPEHPK3PXP&issuer=groupdesk&algorithm=SHA1&digits=6&period=30',
    );
  });
});
