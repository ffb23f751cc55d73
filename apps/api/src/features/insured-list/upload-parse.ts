import { uploadLimits } from '@groupdesk/contracts';
import { UploadRefusal, type UploadFormat } from './upload-file-check';
import { type HeaderMap, recogniseHeader } from './upload-headers';
import { type SheetCell, cellText, readSheetRows } from './upload-sheet-reader';

/** The cells of one data row that the validation reads. */
export interface UploadedRow {
  sheetRow: number;
  key: string;
  nationalNumber: SheetCell;
  lastName: SheetCell;
  firstName: SheetCell;
  birthDate: SheetCell;
  email: string;
}

/** What the hidden sheet "groupdesk" of our own export says: whose list it is and when it was taken. */
export interface ExportStamp {
  employerId: string | null;
  exportId: string | null;
  exportedAt: Date | null;
}

export interface ParsedUpload {
  header: HeaderMap;
  headerRow: number;
  /** the sheet that holds the list (1-based, in file order) */
  dataSheet: number;
  /** how many data rows were read (blank rows are skipped) */
  rows: number;
  stamp: ExportStamp | null;
}

const HEADER_SEARCH_ROWS = 20;

const isBlank = (cells: readonly SheetCell[]) => cells.every((cell) => cellText(cell).trim() === '');

/**
 * Finds the list in the file (the first sheet with a recognisable header in its first rows) and the export
 * stamp (a sheet of key/value rows starting with `employerId`), and hands each data row to `take` as it is
 * read, with the list's header: nothing keeps the rows, so that memory does not grow with the list. `take`
 * may return a promise (a batch being written): the read waits for it.
 */
export async function parseInsuredListUpload(
  file: Buffer,
  format: UploadFormat,
  take: (row: UploadedRow, header: HeaderMap) => Promise<unknown> | undefined,
): Promise<ParsedUpload> {
  let found = null as { header: HeaderMap; headerRow: number; sheet: number } | null;
  let rows = 0;
  const stamp: ExportStamp = { employerId: null, exportId: null, exportedAt: null };
  let stamped = false;

  const cellOf = (cells: SheetCell[], index: number | undefined) =>
    index === undefined ? null : (cells[index] ?? null);

  for await (const { sheet, sheetRow, cells } of readSheetRows(file, format)) {
    if (found?.sheet === sheet) {
      if (isBlank(cells)) continue;
      if (rows >= uploadLimits.maxRows) {
        throw new UploadRefusal(
          413,
          'payload_too_large',
          `The list has more than ${uploadLimits.maxRows.toLocaleString('en')} rows; split it into several files.`,
        );
      }
      const { columns } = found.header;
      rows += 1;
      const taken = take(
        {
          sheetRow,
          key: cellText(cellOf(cells, columns.affiliateKey)).trim(),
          nationalNumber: cellOf(cells, columns.nationalNumber),
          lastName: cellOf(cells, columns.lastName),
          firstName: cellOf(cells, columns.firstName),
          birthDate: cellOf(cells, columns.birthDate),
          email: cellText(cellOf(cells, columns.professionalEmail)),
        },
        found.header,
      );
      if (taken) await taken;
      continue;
    }
    const first = cellText(cells[0]);
    if (first === 'employerId' || first === 'exportId' || first === 'exportedAt') {
      const value = cellText(cells[1]).trim() || null;
      stamped = true;
      if (first === 'employerId') stamp.employerId = value;
      else if (first === 'exportId') stamp.exportId = value;
      else if (value && !Number.isNaN(Date.parse(value))) stamp.exportedAt = new Date(value);
      continue;
    }
    if (!found && sheetRow <= HEADER_SEARCH_ROWS) {
      const header = recogniseHeader(cells.map(cellText));
      if (header) found = { header, headerRow: sheetRow, sheet };
    }
  }
  if (!found) {
    throw new UploadRefusal(
      400,
      'no_header',
      'No insured-list header was found: the first rows must name the columns, at least the professional ' +
        'e-mail and the national number or the groupdesk key (in French, Dutch or English, in any order).',
    );
  }
  return {
    header: found.header,
    headerRow: found.headerRow,
    dataSheet: found.sheet,
    rows,
    stamp: stamped ? stamp : null,
  };
}
