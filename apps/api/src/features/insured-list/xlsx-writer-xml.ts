/**
 * SpreadsheetML cell markup for the streaming writer: text is escaped once and written inline
 * (`t="inlineStr"`), which keeps no shared-strings table in memory; Excel and LibreOffice read it as text.
 */

// characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF) and lone surrogate halves
/* eslint-disable no-control-regex -- matching those control characters is the point */
const forbidden =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const special = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
/* eslint-enable no-control-regex */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe in an element or a double-quoted attribute; what XML cannot hold at all is dropped. */
export function escapeXml(text: string): string {
  if (!special.test(text)) return text;
  return text.replace(forbidden, '').replace(/[&<>"]/g, (char) => entities[char]!);
}

/** 0 → `A`, 25 → `Z`, 26 → `AA` */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const styleAttribute = (style: number) => (style ? ` s="${style}"` : '');

/** A text cell; `ref` is `B12`. Space at either end needs xml:space or a reader may trim it. */
export function textCell(ref: string, text: string, style = 0): string {
  const escaped = escapeXml(text);
  const space = /^\s|\s$/.test(escaped) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${styleAttribute(style)} t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

export function numberCell(ref: string, value: number, style = 0): string {
  return `<c r="${ref}"${styleAttribute(style)}><v>${value}</v></c>`;
}

/** An empty cell that keeps its style (an unlocked or text-formatted blank); unstyled blanks are left out. */
export function blankCell(ref: string, style: number): string {
  return style ? `<c r="${ref}" s="${style}"/>` : '';
}

const excelEpoch = Date.UTC(1899, 11, 30);

/** `YYYY-MM-DD` as an Excel date serial number (days since 30 December 1899); null if it is no date. */
export function excelDateSerial(isoDate: string): number | null {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? null : (time - excelEpoch) / 86_400_000;
}
