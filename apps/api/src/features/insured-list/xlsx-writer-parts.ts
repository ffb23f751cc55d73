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
  xml: AsyncIterable<string | readonly string[]>;
  /** one note on a cell (0-based row and column) */
  note?: { row: number; column: number; text: string };
}

export interface XlsxWorkbook {
  sheets: XlsxSheet[];
  stylesXml: string;
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
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Default Extension="vml" ContentType="${contentType}.vmlDrawing"/>\
${override('/xl/workbook.xml', `${contentType}.spreadsheetml.sheet.main+xml`)}\
${override('/xl/styles.xml', `${contentType}.spreadsheetml.styles+xml`)}\
${sheets.map((_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${contentType}.spreadsheetml.worksheet+xml`)).join('')}\
${sheets.map((sheet, i) => (sheet.note ? override(`/xl/comments${i + 1}.xml`, `${contentType}.spreadsheetml.comments+xml`) : '')).join('')}\
${override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')}</Types>`;
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
  await zip.addFile('xl/styles.xml', workbook.stylesXml);
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
