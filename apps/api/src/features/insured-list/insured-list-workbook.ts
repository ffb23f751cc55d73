import type { Writable } from 'node:stream';
import { formatNationalNumber } from '@groupdesk/domain';
import ExcelJS from 'exceljs';
import {
  type ColumnKey,
  type ExportLanguage,
  columnKeys,
  inertText,
  insuredListTexts,
} from './insured-list-headers';

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
const emailColumn = columnKeys.indexOf('professionalEmail') + 1;
const textFormat = '@';

/**
 * Writes the insured list with exceljs's streaming writer: rows go to `output` as they come, so memory does
 * not grow with the employer. Returns the number of affiliate rows written.
 */
export async function writeInsuredListWorkbook(
  output: Writable,
  meta: WorkbookMeta,
  pages: AsyncIterable<InsuredListRow[]>,
): Promise<number> {
  const texts = insuredListTexts[meta.language];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'groupdesk';
  workbook.created = meta.exportedAt;

  const sheet = workbook.addWorksheet(texts.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnKeys.map((key) => ({
    key,
    width: widths[key],
    hidden: key === 'affiliateKey',
    style:
      key === 'professionalEmail'
        ? { numFmt: textFormat, protection: { locked: false } }
        : key === 'nationalNumber'
          ? { numFmt: textFormat }
          : {},
  }));
  const header = sheet.addRow(columnKeys.map((key) => texts.headers[key]));
  header.font = { bold: true };
  header.getCell(emailColumn).note = texts.emailNote;
  header.commit();

  let rows = 0;
  for await (const page of pages) {
    for (const affiliate of page) {
      const row = sheet.addRow([
        inertText(affiliate.contracts),
        affiliate.nationalNumber ? formatNationalNumber(affiliate.nationalNumber) : '',
        inertText(affiliate.lastName),
        inertText(affiliate.firstName),
        affiliate.birthDate ? new Date(`${affiliate.birthDate}T00:00:00Z`) : '',
        affiliate.language.toUpperCase(),
        affiliate.employmentStatus === 'in-service' ? texts.inService : texts.left,
        affiliate.professionalEmail ? inertText(affiliate.professionalEmail) : '',
        affiliate.privateEmailKnown ? texts.yes : texts.no,
        affiliate.id,
      ]);
      row.getCell(columnKeys.indexOf('birthDate') + 1).numFmt = 'dd/mm/yyyy';
      const email = row.getCell(emailColumn);
      email.numFmt = textFormat;
      email.protection = { locked: false };
      email.dataValidation = {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [254],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'stop',
        error: texts.emailError,
      };
      row.commit();
      rows += 1;
    }
  }
  // no password: the protection says which column to fill in, it is not a secret
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    autoFilter: true,
    sort: true,
  });
  sheet.commit();

  // what the upload checks that it is reading back its own export
  const about = workbook.addWorksheet('groupdesk', { state: 'hidden' });
  about.addRow(['employerId', meta.employerId]).commit();
  about.addRow(['employer', meta.employerName]).commit();
  about.addRow(['exportId', meta.exportId]).commit();
  about.addRow(['exportedAt', meta.exportedAt.toISOString()]).commit();
  about.addRow(['language', meta.language]).commit();
  about.commit();

  await workbook.commit();
  return rows;
}
