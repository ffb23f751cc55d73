/**
 * SpreadsheetML cell markup for the streaming writer: text is escaped and written inline (`t="inlineStr"`),
 * which keeps no shared-strings table in memory; Excel and LibreOffice read it as text.
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

/** text, a number (a date is its serial number, with a date style), or blank */
export type CellValue = string | number | null;

const isXmlSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * Writes rows whose cells take these styles (cellXfs indexes, one per column). The markup around each value
 * is prepared once per column: a sheet of 100,000 rows builds a million cells. Text goes inline; a blank
 * cell is written only when its style matters (an unlocked blank), since exceljs reads a cell without value
 * nor style as part of a merge.
 */
export function rowWriter(styles: readonly number[]) {
  const columns = styles.map((style, i) => {
    const s = style ? ` s="${style}"` : '';
    return {
      start: `<c r="${columnLetters(i)}`,
      text: `"${s} t="inlineStr"><is><t>`,
      spacedText: `"${s} t="inlineStr"><is><t xml:space="preserve">`,
      number: `"${s}><v>`,
      blank: style ? `"${s}/>` : '',
    };
  });
  return (number: number, values: readonly CellValue[], rowAttributes = ''): string => {
    let xml = `<row r="${number}"${rowAttributes}>`;
    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i]!;
      const value = values[i] ?? null;
      if (typeof value === 'number') {
        xml += `${column.start}${number}${column.number}${value}</v></c>`;
      } else if (value === null || value === '') {
        if (column.blank) xml += `${column.start}${number}${column.blank}`;
      } else {
        const text = escapeXml(value);
        // without xml:space, Excel trims space at either end
        const spaced = isXmlSpace(text.charCodeAt(0)) || isXmlSpace(text.charCodeAt(text.length - 1));
        xml += `${column.start}${number}${spaced ? column.spacedText : column.text}${text}</t></is></c>`;
      }
    }
    return `${xml}</row>`;
  };
}

const excelEpoch = Date.UTC(1899, 11, 30);

/** `YYYY-MM-DD` as an Excel date serial number (days since 30 December 1899); null if it is no date. */
export function excelDateSerial(isoDate: string): number | null {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? null : (time - excelEpoch) / 86_400_000;
}
