import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './password';

describe('passwordProblem', () => {
  it.each([
    ['a long passphrase', 'correct horse battery', null],
    ['exactly the minimum length', 'a'.repeat(MIN_PASSWORD_LENGTH), null],
    ['one character short', 'a'.repeat(MIN_PASSWORD_LENGTH - 1), 'password.tooShort'],
    ['an empty password', '', 'password.tooShort'],
    ['11 emoji, which are 22 UTF-16 units', '🔒'.repeat(11), 'password.tooShort'],
    ['the address itself', 'jan.peeters@vandamme.be', 'password.sameAsEmail'],
    ['the address in capitals with spaces', '  JAN.Peeters@VanDamme.be ', 'password.sameAsEmail'],
    ['the address with a suffix', 'jan.peeters@vandamme.be2026!', 'password.sameAsEmail'],
    ['the local part alone when long enough', 'jan.peeters.', null],
    ['the local part alone', 'Jan.Peeters', 'password.tooShort'],
    ['a password that merely contains the first name', 'jan likes long walks', null],
  ])('%s', (_case, password, expected) => {
    expect(passwordProblem(password, 'jan.peeters@vandamme.be')).toBe(expected);
  });

  it('refuses the local part when it is long enough to be a password', () => {
    expect(passwordProblem('Consultant.Externe', 'consultant.externe@audit.be')).toBe('password.sameAsEmail');
  });
});
