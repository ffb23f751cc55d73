import type { Writable } from 'node:stream';
import { formatNationalNumber } from '@groupdesk/domain';
import {
  type ColumnKey,
  type ExportLanguage,
  columnKeys,
  inertText,
  insuredListTexts,
} from './insured-list-headers';
import { noteDrawing, worksheetStart, writeXlsx } from './xlsx-writer-parts';
import {
  blankCell,
  columnLetters,
  escapeXml,
  excelDateSerial,
  numberCell,
  textCell,
} from './xlsx-writer-xml';

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
// cellXfs, in the order styles.xml lists them
const style = { normal: 0, text: 1, email: 2, header: 3, headerText: 4, headerEmail: 5, date: 6 } as const;
const TEXT_FORMAT = 49; // the built-in `@`
const DATE_FORMAT = 164;

const stylesXml = (() => {
  const font = (bold: boolean) =>
    `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  // [number format, bold, unlocked] for each entry of `style`
  const xfs: [number, boolean, boolean][] = [
    [0, false, false],
    [TEXT_FORMAT, false, false],
    [TEXT_FORMAT, false, true],
    [0, true, false],
    [TEXT_FORMAT, true, false],
    [TEXT_FORMAT, true, true],
    [DATE_FORMAT, false, false],
  ];
  const xf = ([format, bold, unlocked]: [number, boolean, boolean]) =>
    `<xf numFmtId="${format}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"` +
    `${format ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}` +
    (unlocked ? ' applyProtection="1"><protection locked="0"/></xf>' : '/>');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT}" formatCode="dd/mm/yyyy"/></numFmts>\
<fonts count="2">${font(false)}${font(true)}</fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="${xfs.length}">${xfs.map(xf).join('')}</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
})();

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
const letters = columnKeys.map((_, i) => columnLetters(i));
const emailLetters = letters[columnKeys.indexOf('professionalEmail')]!;

/** text, a number (a date is its serial with a date style), or blank */
type CellValue = string | number | null;

function rowXml(number: number, values: CellValue[], styles: number[], attributes = ''): string {
  let xml = `<row r="${number}"${attributes}>`;
  for (const [i, value] of values.entries()) {
    const ref = `${letters[i] ?? columnLetters(i)}${number}`;
    const cellStyle = styles[i] ?? 0;
    if (value === null || value === '') xml += blankCell(ref, cellStyle);
    else if (typeof value === 'number') xml += numberCell(ref, value, cellStyle);
    else xml += textCell(ref, value, cellStyle);
  }
  return `${xml}</row>`;
}

type Texts = (typeof insuredListTexts)[ExportLanguage];

function affiliateValues(affiliate: InsuredListRow, texts: Texts): CellValue[] {
  const values: Record<ColumnKey, CellValue> = {
    contracts: inertText(affiliate.contracts),
    nationalNumber: affiliate.nationalNumber ? formatNationalNumber(affiliate.nationalNumber) : null,
    lastName: inertText(affiliate.lastName),
    firstName: inertText(affiliate.firstName),
    birthDate: affiliate.birthDate ? excelDateSerial(affiliate.birthDate) : null,
    language: affiliate.language.toUpperCase(),
    employmentStatus: affiliate.employmentStatus === 'in-service' ? texts.inService : texts.left,
    professionalEmail: affiliate.professionalEmail ? inertText(affiliate.professionalEmail) : null,
    privateEmailKnown: affiliate.privateEmailKnown ? texts.yes : texts.no,
    affiliateKey: affiliate.id,
  };
  return columnKeys.map((key) => values[key]);
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
${rowXml(1, header, headerStyles, ` s="${style.header}" customFormat="1"`)}`;

  for await (const page of pages) {
    yield page.map((affiliate) => {
      written.rows += 1;
      return rowXml(written.rows + 1, affiliateValues(affiliate, texts), cellStyles);
    });
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
  const rows = about.map((pair, i) => rowXml(i + 1, pair, []));
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
    stylesXml,
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
