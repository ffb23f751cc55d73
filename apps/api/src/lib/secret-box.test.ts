import { describe, expect, it } from 'vitest';
import { secretBox } from './secret-box';

const SECRET = 'a-session-secret-of-at-least-32-characters';

describe('secretBox', () => {
  const box = secretBox(SECRET, 'totp-secret');

  it('opens what it sealed; the sealed text shows nothing of it and differs each time', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(sealed).toMatch(/^v1\.[\w-]+$/);
    expect(sealed).not.toContain('JBSWY3DP');
    expect(box.seal('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  });

  it('reads a value written before sealing as it is', () => {
    expect(box.open('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  });

  it('refuses a tampered value, another purpose and another app secret', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    raw[raw.length - 1]! ^= 1;
    expect(() => box.open(`v1.${raw.toString('base64url')}`)).toThrow();
    expect(() => secretBox(SECRET, 'other-purpose').open(sealed)).toThrow();
    expect(() => secretBox(`${SECRET}-rotated`, 'totp-secret').open(sealed)).toThrow();
  });
});
