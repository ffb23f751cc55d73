import { normalizeEmail } from './email';

/** A user's password: long enough to resist guessing, and not the address every colleague knows. */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = 'password.tooShort' | 'password.sameAsEmail';

/**
 * What is wrong with a new password for the user of this address, or null. Length counts characters as a
 * person types them (an emoji is one). The address is refused whole, inside the password or as its local
 * part alone, in any case and with spaces around.
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'password.tooShort';
  const typed = password.trim().toLowerCase();
  const address = normalizeEmail(email);
  const localPart = address.split('@')[0] ?? '';
  if (address !== '' && (typed.includes(address) || typed === localPart)) return 'password.sameAsEmail';
  return null;
}
