// A pragmatic check for addresses typed into a spreadsheet: it rejects what would bounce for sure
// (typos, pasted names, missing TLD) without trying to accept every address RFC 5322 allows, such
// as quoted local parts or IP-literal domains, which no HR file contains.

export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

const localPart = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const domainLabel = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const topLevelDomain = /^[a-z]{2,}$/;

export function isValidEmail(input: string): boolean {
  const email = normalizeEmail(input);
  if (email.length > 254) return false;
  const parts = email.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (local.length < 1 || local.length > 64 || !localPart.test(local)) return false;
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((label) => domainLabel.test(label)) && topLevelDomain.test(tld);
}
