import { PassThrough, type Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { Executor } from '@groupdesk/db';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { type UploadRowOutcome, formatUploadRowMessage, uploadRowMessageLevel } from '@groupdesk/contracts';
import ExcelJS from 'exceljs';
import { csvField, decodeCsv, parseCsv } from './csv';
import { inertText } from './insured-list-headers';
import type { UploadParams } from './insured-list-upload';
import { recogniseHeader } from './upload-headers';
import { type SheetCell, cellText, excelSerialDate, readSheetRows } from './upload-sheet-reader';
import { uploadRowMessagesBySheetRow } from './upload-rows';

type RowMessages = Awaited<ReturnType<typeof uploadRowMessagesBySheetRow>>;

const reportTexts = {
  fr: {
    result: 'Résultat',
    messages: 'Messages',
    outcomes: {
      added: 'Ajoutée',
      changed: 'Modifiée',
      unchanged: 'Inchangée',
      ignored: 'Ignorée',
      error: 'Erreur',
      conflict: 'Conflit',
    },
  },
  nl: {
    result: 'Resultaat',
    messages: 'Meldingen',
    outcomes: {
      added: 'Toegevoegd',
      changed: 'Gewijzigd',
      unchanged: 'Ongewijzigd',
      ignored: 'Genegeerd',
      error: 'Fout',
      conflict: 'Conflict',
    },
  },
  en: {
    result: 'Result',
    messages: 'Messages',
    outcomes: {
      added: 'Added',
      changed: 'Changed',
      unchanged: 'Unchanged',
      ignored: 'Ignored',
      error: 'Error',
      conflict: 'Conflict',
    },
  },
} as const satisfies Record<
  UploadParams['language'],
  { result: string; messages: string; outcomes: Record<UploadRowOutcome, string> }
>;

const fills = { error: 'FFFDE2E2', conflict: 'FFFFF3BF', warning: 'FFFFF9DB' } as const;

/**
 * The report of an upload: the user's sheet as they sent it, with two columns added — the result of each
 * row and its messages, in the user's language. Streamed, like the export.
 */
export async function writeUploadReport(
  file: Buffer,
  params: UploadParams & { headerRow?: number; dataSheet?: number },
  messages: RowMessages,
  output: Writable,
) {
  const texts = reportTexts[params.language];
  const headerRow = params.headerRow ?? 1;
  const annotate = (sheetRow: number, blank: boolean): [string, string] => {
    if (sheetRow === headerRow) return [texts.result, texts.messages];
    const row = messages.get(sheetRow);
    // only rows with something to say are stored: a data row without one was unchanged
    if (!row) return sheetRow > headerRow && !blank ? [texts.outcomes.unchanged, ''] : ['', ''];
    return [
      texts.outcomes[row.outcome],
      row.messages.map((m) => formatUploadRowMessage(m, params.language)).join(' '),
    ];
  };

  if (params.format === 'csv') {
    const { rows, delimiter } = parseCsv(decodeCsv(file));
    const width = Math.max(...rows.map((cells) => cells.length));
    output.write('\uFEFF');
    rows.forEach((cells, index) => {
      const padded = [...cells, ...Array<string>(width - cells.length).fill('')];
      const line = [
        ...padded,
        ...annotate(
          index + 1,
          cells.every((cell) => cell.trim() === ''),
        ),
      ]
        .map((value) => csvField(value, delimiter))
        .join(delimiter);
      output.write(`${line}\r\n`);
    });
    output.end();
    return;
  }

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(texts.messages, { views: [{ state: 'frozen', ySplit: headerRow }] });
  let width = 0;
  // the reader gives dates as serial numbers; the birth dates are shown as dates again
  let birthDateColumn: number | undefined;
  const pending: { sheetRow: number; cells: SheetCell[] }[] = [];
  // the report is one sheet: the list's rows, in order, with their messages
  for await (const row of readSheetRows(file, 'xlsx')) {
    if (row.sheet !== (params.dataSheet ?? 1)) continue;
    width = Math.max(width, row.cells.length);
    pending.push(row);
    if (pending.length < 500) continue;
    flush();
  }
  flush();
  sheet.getColumn(width + 2).width = 80;
  sheet.commit();
  await workbook.commit();

  function flush() {
    for (const { sheetRow, cells } of pending.splice(0)) {
      if (sheetRow === headerRow) birthDateColumn = recogniseHeader(cells.map(cellText))?.columns.birthDate;
      const values = cells.map((cell, column) =>
        typeof cell === 'string'
          ? inertText(cell)
          : typeof cell === 'number' && column === birthDateColumn && sheetRow > headerRow
            ? (excelSerialDate(cell) ?? cell)
            : cell,
      );
      const [result, text] = annotate(
        sheetRow,
        cells.every((cell) => cellText(cell).trim() === ''),
      );
      const row = sheet.getRow(sheetRow);
      values.forEach((value, i) => {
        const cell = row.getCell(i + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
      row.getCell(width + 1).value = result;
      row.getCell(width + 2).value = text;
      if (sheetRow === headerRow) row.font = { bold: true };
      const level = messages.get(sheetRow)?.messages.map((m) => uploadRowMessageLevel[m.code]);
      const color = level?.includes('error')
        ? fills.error
        : level?.includes('conflict')
          ? fills.conflict
          : level?.includes('warning')
            ? fills.warning
            : null;
      if (color) {
        for (const column of [width + 1, width + 2]) {
          row.getCell(column).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: color } };
        }
      }
      row.commit();
    }
  }
}

/** Streams the report of an upload from its kept original; null when the original is gone. */
export async function openUploadReport(
  storage: FastifyInstance['storage'],
  db: Executor,
  log: FastifyBaseLogger,
  file: { fileKey: string; params: Record<string, unknown> },
  actionId: string,
) {
  const original = await storage.get(file.fileKey);
  if (!original) return null;
  const content = await buffer(original);
  const messages = await uploadRowMessagesBySheetRow(db, actionId);
  const output = new PassThrough();
  writeUploadReport(content, file.params as UploadParams, messages, output).catch((error: unknown) => {
    log.error({ err: error, actionId }, 'upload report failed');
    output.destroy(error as Error);
  });
  return output;
}
