import fs from 'node:fs';
import { columnKeys, insuredListTexts } from '@groupdesk/api/src/features/insured-list/insured-list-headers';
import ExcelJS from 'exceljs';

export interface UploadFile {
  file: string;
  rows: number;
  /** rows whose professional e-mail was blank and now has one */
  added: number;
  /** rows whose professional e-mail was replaced */
  changed: number;
}

const column = (key: (typeof columnKeys)[number]) => columnKeys.indexOf(key) + 1;
const inService = new Set(Object.values(insuredListTexts).map((texts) => texts.inService));

/**
 * What an HR officer sends back: the export with every other in-service affiliate's professional e-mail
 * filled in with a new address, over a blank cell (an addition) or an old address (a change). Everything
 * else, the hidden key column and the hidden `groupdesk` sheet included, is copied as read, with exceljs
 * streaming both ways so that 1,000,000 rows fit in memory too.
 */
export async function makeUploadFile(exportFile: string, uploadFile: string): Promise<UploadFile> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(exportFile, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: fs.createWriteStream(uploadFile) });
  const figures: UploadFile = { file: uploadFile, rows: 0, added: 0, changed: 0 };
  let sheetIndex = 0;
  for await (const worksheet of reader) {
    sheetIndex += 1;
    // exceljs sets the name on the reader; its typings leave it out
    const name = (worksheet as unknown as { name: string }).name;
    const isList = sheetIndex === 1;
    const sheet = writer.addWorksheet(name, isList ? {} : { state: 'hidden' });
    if (isList) {
      sheet.getColumn(column('affiliateKey')).hidden = true;
      sheet.getColumn(column('birthDate')).numFmt = 'dd/mm/yyyy';
    }
    for await (const row of worksheet) {
      const values = (row.values as unknown[]).slice(1);
      if (isList && row.number > 1) {
        figures.rows += 1;
        const status = values[column('employmentStatus') - 1];
        if (row.number % 2 === 0 && typeof status === 'string' && inService.has(status)) {
          const previous = values[column('professionalEmail') - 1];
          if (typeof previous === 'string' && previous !== '') figures.changed += 1;
          else figures.added += 1;
          values[column('professionalEmail') - 1] = `uploaded.${row.number}@new-mail.bench.groupdesk.be`;
        }
      }
      sheet.addRow(values).commit();
    }
    sheet.commit();
  }
  await writer.commit();
  return figures;
}
