import { decodeCsv, parseCsv } from './csv';
import type { UploadFormat } from './upload-file-check';
import { readXlsxRows } from './xlsx-reader';

export type SheetCell = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based sheet index, in the order the file stores the sheets */
  sheet: number;
  /** the row number the user sees in their spreadsheet */
  sheetRow: number;
  /** 0-based cells */
  cells: SheetCell[];
}

/**
 * Every row of every sheet, streamed: the lean xlsx reader for workbooks (values only: dates arrive as Excel
 * serial numbers), the CSV parser for text files (one sheet).
 */
export async function* readSheetRows(file: Buffer, format: UploadFormat): AsyncGenerator<SheetRow> {
  if (format === 'csv') {
    const { rows } = parseCsv(decodeCsv(file));
    for (const [index, cells] of rows.entries()) yield { sheet: 1, sheetRow: index + 1, cells };
    return;
  }
  yield* readXlsxRows(file);
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

/** An Excel date serial number (days since 30 December 1899) as a UTC date; null when it cannot be one. */
export function excelSerialDate(serial: number): Date | null {
  return serial > 0 && serial < 200_000 ? new Date(excelEpoch + Math.round(serial) * 86_400_000) : null;
}

/**
 * A birth date cell as YYYY-MM-DD: an Excel serial number, a date, or text as dd/mm/yyyy, dd.mm.yyyy,
 * dd-mm-yyyy or yyyy-mm-dd. Null when the cell holds something else.
 */
export function cellDate(cell: SheetCell | undefined): string | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return excelSerialDate(cell)?.toISOString().slice(0, 10) ?? null;
  const text = cellText(cell).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return text;
  const european = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!european) return null;
  const [, day = '', month = '', year = ''] = european;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
