import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { decodeCsv, parseCsv } from './csv';
import type { UploadFormat } from './upload-file-check';

export type SheetCell = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based sheet index, in the order the file stores the sheets */
  sheet: number;
  /** the row number the user sees in their spreadsheet */
  sheetRow: number;
  /** 0-based cells */
  cells: SheetCell[];
}

/** A cell's value without exceljs's wrappers: rich text, hyperlinks and formulas give their text or result. */
function plainValue(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return (value.richText as { text?: string }[]).map((run) => run.text ?? '').join('');
    }
    if ('result' in value) return plainValue(value.result);
    if ('text' in value) return plainValue(value.text);
    if ('error' in value) return null;
  }
  return null;
}

/**
 * Every row of every sheet, streamed: exceljs's streaming reader for workbooks (without `dates`, styles are
 * ignored and dates arrive as Excel serial numbers), the CSV parser for text files (one sheet).
 */
export async function* readSheetRows(
  file: Buffer,
  format: UploadFormat,
  options: { dates?: boolean } = {},
): AsyncGenerator<SheetRow> {
  if (format === 'csv') {
    const { rows } = parseCsv(decodeCsv(file));
    for (const [index, cells] of rows.entries()) yield { sheet: 1, sheetRow: index + 1, cells };
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // styles tell dates from numbers; the validation does without them (faster) and reads serials itself
    styles: options.dates ? 'cache' : 'ignore',
    entries: 'ignore',
  });
  let sheet = 0;
  for await (const worksheet of reader) {
    sheet += 1;
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const cells: SheetCell[] = [];
      for (let column = 1; column < values.length; column += 1) cells.push(plainValue(values[column]));
      yield { sheet, sheetRow: row.number, cells };
    }
  }
}

/** The text of a cell as the user typed it; numbers without exponent, dates as YYYY-MM-DD. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.toISOString().slice(0, 10);
}

const excelEpoch = Date.UTC(1899, 11, 30);

/**
 * A birth date cell as YYYY-MM-DD: an Excel serial number, a date, or text as dd/mm/yyyy, dd.mm.yyyy,
 * dd-mm-yyyy or yyyy-mm-dd. Null when the cell holds something else.
 */
export function cellDate(cell: SheetCell | undefined): string | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number' && cell > 0 && cell < 200_000) {
    return new Date(excelEpoch + Math.round(cell) * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellText(cell).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return text;
  const european = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!european) return null;
  const [, day = '', month = '', year = ''] = european;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
