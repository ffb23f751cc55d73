import type { Writable } from 'node:stream';
import { ZipStreamWriter } from './xlsx-writer';
import { columnLetters, escapeXml } from './xlsx-writer-xml';

/**
 * The parts of an .xlsx package around its worksheets: content types, relationships, workbook, document
 * properties, and the comment (note) part with the legacy VML drawing Excel still needs to show a note.
 * The markup follows what Excel and exceljs write, with what this workbook does not use left out.
 */

export interface XlsxSheet {
  name: string;
  hidden?: boolean;
  /** the worksheet part, streamed; `worksheetStart` opens it, `noteDrawing` references the note */
  xml: AsyncIterable<string | Iterable<string>>;
  /** one note on a cell (0-based row and column) */
  note?: { row: number; column: number; text: string };
}

/**
 * A cell format (an entry of cellXfs): a number format code, bold, unlocked on a protected sheet, and text
 * wrapped (a cell of several lines shows them only when wrapped).
 */
export interface CellFormat {
  numFmt?: string;
  bold?: boolean;
  unlocked?: boolean;
  wrap?: boolean;
}

export interface XlsxWorkbook {
  sheets: XlsxSheet[];
  /** a cell's style `s` is an index into this list; the first is the default */
  formats: CellFormat[];
  creator: string;
  createdAt: Date;
}

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
const contentType = 'application/vnd.openxmlformats-officedocument';

export const worksheetStart = `${declaration}<worksheet xmlns="${main}" xmlns:r="${relationships}">`;
/** goes last in a worksheet that has a note */
export const noteDrawing = '<legacyDrawing r:id="rId2"/>';

const rels = (targets: [type: string, target: string][]) =>
  `${declaration}<Relationships xmlns="${packageRelationships}">${targets
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

function contentTypes(sheets: XlsxSheet[]): string {
  const spreadsheet = `${contentType}.spreadsheetml`;
  const overrides: [part: string, type: string][] = [
    ['/xl/workbook.xml', `${spreadsheet}.sheet.main+xml`],
    ['/xl/styles.xml', `${spreadsheet}.styles+xml`],
    ...sheets.map((_, i): [string, string] => [
      `/xl/worksheets/sheet${i + 1}.xml`,
      `${spreadsheet}.worksheet+xml`,
    ]),
    ...sheets.flatMap((sheet, i): [string, string][] =>
      sheet.note ? [[`/xl/comments${i + 1}.xml`, `${spreadsheet}.comments+xml`]] : [],
    ),
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
  ];
  return `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Default Extension="vml" ContentType="${contentType}.vmlDrawing"/>\
${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`;
}

function coreProperties(creator: string, createdAt: Date): string {
  const at = `${createdAt.toISOString().slice(0, 19)}Z`;
  return `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${escapeXml(creator)}</dc:creator>\
<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>\
<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`;
}

function workbookXml(sheets: XlsxSheet[]): string {
  const entries = sheets.map(
    (sheet, i) =>
      `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
  );
  return `${declaration}<workbook xmlns="${main}" xmlns:r="${relationships}"><bookViews><workbookView/></bookViews>\
<sheets>${entries.join('')}</sheets></workbook>`;
}

// Excel's built-in number formats need no declaration; others are numbered from 164
const builtInFormats: Record<string, number> = { General: 0, '@': 49 };

function stylesXml(formats: CellFormat[]): string {
  const custom = [...new Set(formats.map((format) => format.numFmt ?? 'General'))].filter(
    (code) => builtInFormats[code] === undefined,
  );
  const formatId = (code = 'General') => builtInFormats[code] ?? 164 + custom.indexOf(code);
  const font = (bold: boolean) =>
    `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  const xf = ({ numFmt, bold = false, unlocked = false, wrap = false }: CellFormat) => {
    const children =
      (wrap ? '<alignment vertical="top" wrapText="1"/>' : '') + (unlocked ? '<protection locked="0"/>' : '');
    return (
      `<xf numFmtId="${formatId(numFmt)}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"` +
      `${numFmt ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}` +
      `${wrap ? ' applyAlignment="1"' : ''}${unlocked ? ' applyProtection="1"' : ''}` +
      (children ? `>${children}</xf>` : '/>')
    );
  };
  const numFmts = custom.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`);
  return `${declaration}<styleSheet xmlns="${main}">\
${custom.length ? `<numFmts count="${custom.length}">${numFmts.join('')}</numFmts>` : ''}\
<fonts count="2">${font(false)}${font(true)}</fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="${formats.length}">${formats.map(xf).join('')}</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

function commentsXml(note: NonNullable<XlsxSheet['note']>, author: string): string {
  return `${declaration}<comments xmlns="${main}"><authors><author>${escapeXml(author)}</author></authors>\
<commentList><comment ref="${columnLetters(note.column)}${note.row + 1}" authorId="0"><text><r><t>${escapeXml(note.text)}</t></r></text></comment>\
</commentList></comments>`;
}

// the note's box, hidden until the pointer rests on the cell, as exceljs draws it
function vmlDrawing(note: NonNullable<XlsxSheet['note']>, sheet: number): string {
  const { row, column } = note;
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheet}"/>\
</o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>\
<v:shape id="_x0000_s${sheet * 1024 + 1}" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;\
width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" \
o:insetmode="auto"><v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/>\
<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm">\
<div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>\
<x:Anchor>${column + 1}, 6, ${row}, 14, ${column + 3}, 2, ${row + 4}, 16</x:Anchor><x:Locked>True</x:Locked>\
<x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>${row}</x:Row><x:Column>${column}</x:Column>\
</x:ClientData></v:shape></xml>`;
}

/** Writes the whole package to `output` and ends it; the worksheets stream in the order given. */
export async function writeXlsx(output: Writable, workbook: XlsxWorkbook): Promise<void> {
  const { sheets } = workbook;
  const zip = new ZipStreamWriter(output, workbook.createdAt);
  const officeDocument = `${relationships}/officeDocument`;
  await zip.addFile('[Content_Types].xml', contentTypes(sheets));
  await zip.addFile(
    '_rels/.rels',
    rels([
      [officeDocument, 'xl/workbook.xml'],
      [`${packageRelationships}/metadata/core-properties`, 'docProps/core.xml'],
    ]),
  );
  await zip.addFile('docProps/core.xml', coreProperties(workbook.creator, workbook.createdAt));
  await zip.addFile('xl/workbook.xml', workbookXml(sheets));
  await zip.addFile(
    'xl/_rels/workbook.xml.rels',
    rels([
      ...sheets.map((_, i): [string, string] => [
        `${relationships}/worksheet`,
        `worksheets/sheet${i + 1}.xml`,
      ]),
      [`${relationships}/styles`, 'styles.xml'],
    ]),
  );
  await zip.addFile('xl/styles.xml', stylesXml(workbook.formats));
  for (const [i, sheet] of sheets.entries()) {
    const n = i + 1;
    await zip.addStream(`xl/worksheets/sheet${n}.xml`, sheet.xml);
    if (!sheet.note) continue;
    // rId2 is the id `noteDrawing` refers to
    await zip.addFile(
      `xl/worksheets/_rels/sheet${n}.xml.rels`,
      rels([
        [`${relationships}/comments`, `../comments${n}.xml`],
        [`${relationships}/vmlDrawing`, `../drawings/vmlDrawing${n}.vml`],
      ]),
    );
    await zip.addFile(`xl/comments${n}.xml`, commentsXml(sheet.note, workbook.creator));
    await zip.addFile(`xl/drawings/vmlDrawing${n}.vml`, vmlDrawing(sheet.note, n));
  }
  await zip.finish();
}
