import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../test/zip-writer';
import type { SheetRow } from './upload-sheet-reader';
import { readXlsxRows } from './xlsx-reader';

const workbook = (sheets: { name: string; xml: string }[], sharedStrings?: string) =>
  writeZip([
    { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
    {
      name: 'xl/workbook.xml',
      content: Buffer.from(
        `<workbook xmlns:r="r"><sheets>${sheets
          .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: Buffer.from(
        `<Relationships>${sheets
          .map(
            (_sheet, i) =>
              `<Relationship Id="rId${i + 1}" Type="worksheet" Target="worksheets/${sheets[i]!.name}.xml"/>`,
          )
          .join('')}</Relationships>`,
      ),
    },
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', content: Buffer.from(sharedStrings) }] : []),
    // stored in reverse order: the workbook's order decides, not the zip's
    ...sheets
      .reverse()
      .map((sheet) => ({ name: `xl/worksheets/${sheet.name}.xml`, content: Buffer.from(sheet.xml) })),
  ]);

async function rowsOf(file: Buffer) {
  const rows = [];
  for await (const row of readXlsxRows(file)) rows.push(row);
  return rows;
}

describe('readXlsxRows', () => {
  it('reads shared, inline, rich and formula strings, numbers, booleans and gaps, as Excel and LibreOffice write them', async () => {
    const file = workbook(
      [
        {
          name: 'list',
          xml: `<worksheet><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Pr&#233;nom &amp; co</t></is></c></row>
            <row r="3" spans="1:4"><c r="A3" t="s"><v>1</v></c><c r="B3" s="2"><v>31121</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="str"><f>A1</f><v>x@y.be</v></c></row>
            <row r="4"/>
            <row><c t="e"><v>#N/A</v></c><c/><c t="s"><v>2</v></c></row>
          </sheetData></worksheet>`,
        },
      ],
      `<sst><si><t>N° national</t></si><si><r><t>Jan</t></r><r><rPr/><t xml:space="preserve"> Peeters</t></r></si><si><t/></si></sst>`,
    );
    expect(await rowsOf(file)).toEqual([
      { sheet: 1, sheetRow: 1, cells: ['N° national', null, 'Prénom & co'] },
      { sheet: 1, sheetRow: 3, cells: ['Jan Peeters', 31121, true, 'x@y.be'] },
      { sheet: 1, sheetRow: 4, cells: [] },
      { sheet: 1, sheetRow: 5, cells: [null, null, ''] },
    ]);
  });

  it('reads namespace-prefixed markup (OpenXML SDK) and sheets in the workbook’s order', async () => {
    const file = workbook([
      {
        name: 'first',
        xml: '<x:worksheet><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>one</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
      },
      {
        name: 'second',
        xml: '<worksheet><sheetData><row r="2"><c r="A2"><v>2.5</v></c></row></sheetData></worksheet>',
      },
    ]);
    expect(await rowsOf(file)).toEqual([
      { sheet: 1, sheetRow: 1, cells: [null, 'one'] },
      { sheet: 2, sheetRow: 2, cells: [2.5] },
    ]);
  });

  it('reads two files at once without mixing them (two validations in one process)', async () => {
    const sheetOf = (prefix: string) =>
      workbook([
        {
          name: prefix,
          xml: `<worksheet><sheetData>${Array.from({ length: 5_000 }, (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>${prefix}${i}</t></is></c></row>`).join('')}</sheetData></worksheet>`,
        },
      ]);
    // one row of each in turn: each read is suspended in the middle of its rows while the other goes on
    const readers = [readXlsxRows(sheetOf('a')), readXlsxRows(sheetOf('other-b'))];
    const a: SheetRow[] = [];
    const b: SheetRow[] = [];
    for (let done = false; !done;) {
      const [nextA, nextB] = [await readers[0]!.next(), await readers[1]!.next()];
      if (!nextA.done) a.push(nextA.value);
      if (!nextB.done) b.push(nextB.value);
      done = Boolean(nextA.done && nextB.done);
    }
    expect(a.every((row, i) => row.cells[0] === `a${i}`)).toBe(true);
    expect(b.every((row, i) => row.cells[0] === `other-b${i}`)).toBe(true);
    expect(a).toHaveLength(5_000);
    expect(b).toHaveLength(5_000);
  });

  it('cuts rows correctly whatever the inflated chunk boundaries', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>é${i}</t></is></c></row>`,
    );
    const file = workbook([
      { name: 'big', xml: `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>` },
    ]);
    const read = await rowsOf(file);
    expect(read).toHaveLength(20_000);
    expect(read.every((row, i) => row.cells[0] === `é${i}` && row.sheetRow === i + 1)).toBe(true);
  });
});
