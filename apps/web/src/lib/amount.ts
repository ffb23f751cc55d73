/** An amount typed the Belgian way ("250 000", "1.500,50"); undefined when empty, NaN when not a number. */
export function amountOf(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  // a dot followed by three digits groups thousands; a comma is the decimal mark
  const normalised = compact.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}
