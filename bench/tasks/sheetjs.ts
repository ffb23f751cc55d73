import fs from 'node:fs';
import {
  exportLanguageOf,
  inertText,
  insuredListTexts,
} from '@groupdesk/api/src/features/insured-list/insured-list-headers';
import { createDatabase } from '@groupdesk/db';
import { formatNationalNumber } from '@groupdesk/domain';
import * as XLSX from 'xlsx';
import { measure, readTaskInput, runTask } from '../lib/task-runtime';

interface Row {
  id: string;
  contracts: string;
  national_number: string | null;
  last_name: string;
  first_name: string;
  birth_date: string | null;
  language: string;
  employment_status: 'in-service' | 'left';
  professional_email: string | null;
  private_email_known: boolean;
}

// the export's query: same columns, same order, pages of 1,000 by keyset
const columns = `a.id, coalesce((select string_agg(gc.number, ', ' order by gc.number)
    from affiliate_contracts ac join group_contracts gc on gc.id = ac.contract_id
    where ac.affiliate_id = a.id), '') as contracts,
  a.national_number, a.last_name, a.first_name, a.birth_date::text as birth_date, a.language,
  a.employment_status, a.professional_email, a.private_email is not null as private_email_known`;
const firstPage = `select ${columns} from affiliates a where a.employer_id = $1
  order by a.last_name, a.first_name, a.id limit 1000`;
const nextPage = `select ${columns} from affiliates a where a.employer_id = $1
  and (a.last_name, a.first_name, a.id) > ($2, $3, $4::uuid) order by a.last_name, a.first_name, a.id limit 1000`;

/**
 * The reference: SheetJS (community edition) writes the same rows and columns, read from the same database,
 * the way it is usually used: the whole sheet in memory, then one compressed write. It has no streaming
 * writer, cell protection or data validation, so it does a little less than the export.
 */
runTask(async () => {
  const input = readTaskInput();
  if (!input.file) throw new Error('the SheetJS task needs the file to write');
  const output = input.file;
  const { pool } = createDatabase(input.databaseUrl, { max: 1 });
  try {
    const found = await pool.query<{ language: string }>('select language from users where email = $1', [
      input.userEmail,
    ]);
    const texts = insuredListTexts[exportLanguageOf(found.rows[0]?.language ?? 'fr')];
    const measured = await measure(async () => {
      const sheetRows: unknown[][] = [Object.values(texts.headers)];
      let page = (await pool.query<Row>(firstPage, [input.employerId])).rows;
      while (page.length > 0) {
        for (const affiliate of page) {
          sheetRows.push([
            inertText(affiliate.contracts),
            affiliate.national_number ? formatNationalNumber(affiliate.national_number) : '',
            inertText(affiliate.last_name),
            inertText(affiliate.first_name),
            affiliate.birth_date ? new Date(`${affiliate.birth_date}T00:00:00Z`) : '',
            affiliate.language.toUpperCase(),
            affiliate.employment_status === 'in-service' ? texts.inService : texts.left,
            affiliate.professional_email ? inertText(affiliate.professional_email) : '',
            affiliate.private_email_known ? texts.yes : texts.no,
            affiliate.id,
          ]);
        }
        const last = page.at(-1)!;
        page =
          page.length < 1000
            ? []
            : (await pool.query<Row>(nextPage, [input.employerId, last.last_name, last.first_name, last.id]))
                .rows;
      }
      const sheet = XLSX.utils.aoa_to_sheet(sheetRows, { cellDates: true, dateNF: 'dd/mm/yyyy' });
      sheet['!cols'] = [18, 18, 24, 20, 14, 9, 16, 36, 16, 38].map((wch, index) => ({
        wch,
        hidden: index === 9,
      }));
      const workbook = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(workbook, sheet, texts.sheet);
      const content = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
      fs.writeFileSync(output, content);
      return sheetRows.length - 1;
    });
    return {
      available: true,
      seconds: measured.seconds,
      peakRssMb: measured.peakRssMb,
      fileBytes: fs.statSync(output).size,
      rows: measured.result,
    };
  } finally {
    await pool.end();
  }
});
