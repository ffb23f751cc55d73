import type { Writable } from 'node:stream';
import { formatNationalNumber } from '@groupdesk/domain';
import {
  type ColumnKey,
  type ExportLanguage,
  columnKeys,
  inertText,
  insuredListTexts,
} from './insured-list-headers';
import { type CellFormat, noteDrawing, worksheetStart, writeXlsx } from './xlsx-writer-parts';
import { type CellValue, columnLetters, escapeXml, excelDateSerial, rowWriter } from './xlsx-writer-xml';

export interface InsuredListRow {
  id: string;
  contracts: string;
  nationalNumber: string | null;
  lastName: string;
  firstName: string;
  birthDate: string | null;
  language: string;
  employmentStatus: 'in-service' | 'left';
  professionalEmail: string | null;
  privateEmailKnown: boolean;
}

export interface WorkbookMeta {
  employerId: string;
  employerName: string;
  exportId: string;
  exportedAt: Date;
  language: ExportLanguage;
}

const widths: Record<ColumnKey, number> = {
  contracts: 18,
  nationalNumber: 18,
  lastName: 24,
  firstName: 20,
  birthDate: 14,
  language: 9,
  employmentStatus: 16,
  professionalEmail: 36,
  privateEmailKnown: 16,
  affiliateKey: 38,
};
// a cell's style is an index into `formats`
const style = { normal: 0, text: 1, email: 2, header: 3, headerText: 4, headerEmail: 5, date: 6 } as const;
const formats: CellFormat[] = [
  {},
  { numFmt: '@' },
  { numFmt: '@', unlocked: true },
  { bold: true },
  { numFmt: '@', bold: true },
  { numFmt: '@', bold: true, unlocked: true },
  { numFmt: 'dd/mm/yyyy' },
];

// the e-mail column is the only one to fill in: unlocked, and text so that Excel keeps what is typed
const columnStyles: Partial<Record<ColumnKey, number>> = {
  nationalNumber: style.text,
  professionalEmail: style.email,
};
const cellStyles = columnKeys.map((key) => (key === 'birthDate' ? style.date : (columnStyles[key] ?? 0)));
const headerStyles = columnKeys.map((key) =>
  key === 'professionalEmail'
    ? style.headerEmail
    : key === 'nationalNumber'
      ? style.headerText
      : style.header,
);

const listRow = rowWriter(cellStyles);
const headerRow = rowWriter(headerStyles);
const aboutRow = rowWriter([0, 0]);
const emailLetters = columnLetters(columnKeys.indexOf('professionalEmail'));

type Texts = (typeof insuredListTexts)[ExportLanguage];

const column = Object.fromEntries(columnKeys.map((key, i) => [key, i])) as Record<ColumnKey, number>;

/**
 * Fills `values` (one array for the whole sheet, in column order) with the affiliate's cells: the writer
 * reads them at once, and 100,000 rows then make no object nor array of their own.
 */
function affiliateValues(affiliate: InsuredListRow, texts: Texts, values: CellValue[]): CellValue[] {
  values[column.contracts] = inertText(affiliate.contracts);
  values[column.nationalNumber] = affiliate.nationalNumber
    ? formatNationalNumber(affiliate.nationalNumber)
    : null;
  values[column.lastName] = inertText(affiliate.lastName);
  values[column.firstName] = inertText(affiliate.firstName);
  values[column.birthDate] = affiliate.birthDate ? excelDateSerial(affiliate.birthDate) : null;
  values[column.language] = affiliate.language.toUpperCase();
  values[column.employmentStatus] =
    affiliate.employmentStatus === 'in-service' ? texts.inService : texts.left;
  values[column.professionalEmail] = affiliate.professionalEmail
    ? inertText(affiliate.professionalEmail)
    : null;
  values[column.privateEmailKnown] = affiliate.privateEmailKnown ? texts.yes : texts.no;
  values[column.affiliateKey] = affiliate.id;
  return values;
}

/**
 * The pages, each asked for as soon as the one before arrives: the database fetches the next page while
 * this one is written, instead of the two taking turns.
 */
async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let done = false;
  try {
    let next = iterator.next();
    for (;;) {
      const result = await next;
      if (result.done) {
        done = true;
        return;
      }
      next = iterator.next();
      // a failure is thrown by the `await` above; this only keeps it from counting as unhandled meanwhile
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}

/** The list sheet, a page of rows per chunk; `written.rows` counts the affiliates as they go. */
async function* listSheetXml(
  texts: Texts,
  pages: AsyncIterable<InsuredListRow[]>,
  written: { rows: number },
) {
  const cols = columnKeys.map((key, i) => {
    const columnStyle = columnStyles[key];
    return `<col min="${i + 1}" max="${i + 1}" width="${widths[key]}" customWidth="1"${
      columnStyle ? ` style="${columnStyle}"` : ''
    }${key === 'affiliateKey' ? ' hidden="1"' : ''}/>`;
  });
  const header = columnKeys.map((key) => texts.headers[key]);
  yield `${worksheetStart}<sheetViews><sheetView workbookViewId="0">\
<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>\
</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols.join('')}</cols><sheetData>\
${headerRow(1, header, ` s="${style.header}" customFormat="1"`)}`;

  const values: CellValue[] = [];
  for await (const page of readAhead(pages)) {
    // lazily: each row is encoded before the next is built, so a page of row strings never piles up
    yield (function* () {
      for (const affiliate of page) {
        written.rows += 1;
        yield listRow(written.rows + 1, affiliateValues(affiliate, texts, values));
      }
    })();
  }

  // one rule over the whole e-mail range, not one per cell; no password: the protection says which column
  // to fill in, it is not a secret
  const last = written.rows + 1;
  const validation =
    written.rows === 0
      ? ''
      : `<dataValidations count="1"><dataValidation type="textLength" operator="lessThanOrEqual" allowBlank="1" \
showErrorMessage="1" errorStyle="stop" error="${escapeXml(texts.emailError)}" sqref="${emailLetters}2:${emailLetters}${last}">\
<formula1>254</formula1></dataValidation></dataValidations>`;
  yield `</sheetData><sheetProtection sheet="1" formatColumns="0" sort="0" autoFilter="0"/>\
${validation}${noteDrawing}</worksheet>`;
}

// what the upload checks that it is reading back its own export
async function* aboutSheetXml(meta: WorkbookMeta) {
  const about: [string, string][] = [
    ['employerId', meta.employerId],
    ['employer', meta.employerName],
    ['exportId', meta.exportId],
    ['exportedAt', meta.exportedAt.toISOString()],
    ['language', meta.language],
  ];
  const rows = about.map((pair, i) => aboutRow(i + 1, pair));
  yield `${worksheetStart}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/**
 * Writes the insured list as an .xlsx streamed to `output` (and ends it): rows go out a page at a time, so
 * memory does not grow with the employer. Returns the number of affiliate rows written.
 */
export async function writeInsuredListWorkbook(
  output: Writable,
  meta: WorkbookMeta,
  pages: AsyncIterable<InsuredListRow[]>,
): Promise<number> {
  const texts = insuredListTexts[meta.language];
  const written = { rows: 0 };
  await writeXlsx(output, {
    creator: 'groupdesk',
    createdAt: meta.exportedAt,
    formats,
    sheets: [
      {
        name: texts.sheet,
        xml: listSheetXml(texts, pages, written),
        note: { row: 0, column: columnKeys.indexOf('professionalEmail'), text: texts.emailNote },
      },
      { name: 'groupdesk', hidden: true, xml: aboutSheetXml(meta) },
    ],
  });
  return written.rows;
}
