/**
 * Keys are relative paths like `exports/<employer>/<action>.xlsx`. The same rule holds on every store, so a
 * key that works on disk works on S3 and back: no empty, `.` or `..` segment, no backslash, no control character.
 */
export function checkStorageKey(key: string): string {
  const segments = key.split('/');
  // eslint-disable-next-line no-control-regex
  const unsafe = key.includes('\\') || /[\u0000-\u001f\u007f]/.test(key);
  if (unsafe || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new Error(`invalid storage key ${JSON.stringify(key)}`);
  }
  return key;
}
