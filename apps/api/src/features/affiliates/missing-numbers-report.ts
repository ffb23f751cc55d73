import type { Writable } from 'node:stream';
import { type Executor, schema } from '@groupdesk/db';
import { and, sql } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { type ExportLanguage, inertText } from '../insured-list/insured-list-headers';
import { worksheetStart, writeXlsx } from '../insured-list/xlsx-writer-parts';
import { excelDateSerial, rowWriter } from '../insured-list/xlsx-writer-xml';
import { affiliateScope, contractScope } from './affiliate-scope';
import { hiddenForLackOfNumber, visibleOnceNumbered } from './missing-numbers';

const { affiliates } = schema;

interface MissingNumberRow {
  id: string;
  lastName: string;
  firstName: string;
  birthDate: string | null;
  employmentStatus: 'in-service' | 'left';
  contracts: string;
  affiliationDate: string | null;
  professionalEmail: string | null;
}

const texts = {
  fr: {
    sheet: 'Numéros manquants',
    fileName: 'numeros-nationaux-manquants',
    headers: [
      'Nom',
      'Prénom',
      'Date de naissance',
      'Statut',
      'Contrats invisibles',
      "Date d'affiliation",
      'E-mail professionnel',
      'N° national / BIS',
    ],
    inService: 'En service',
    left: 'Sorti',
  },
  nl: {
    sheet: 'Ontbrekende nummers',
    fileName: 'ontbrekende-rijksregisternummers',
    headers: [
      'Naam',
      'Voornaam',
      'Geboortedatum',
      'Status',
      'Onzichtbare contracten',
      'Aansluitingsdatum',
      'Professioneel e-mailadres',
      'Rijksregister- / BIS-nummer',
    ],
    inService: 'In dienst',
    left: 'Uit dienst',
  },
  en: {
    sheet: 'Missing numbers',
    fileName: 'missing-national-numbers',
    headers: [
      'Last name',
      'First name',
      'Birth date',
      'Status',
      'Invisible contracts',
      'Affiliation date',
      'Professional e-mail',
      'National / BIS number',
    ],
    inService: 'In service',
    left: 'Left',
  },
} as const satisfies Record<ExportLanguage, unknown>;

export const missingNumbersFileName = (language: ExportLanguage, today: string) =>
  `${texts[language].fileName}-${today}.xlsx`;

/** Keyset pages of the report's affiliates, with the contracts a number would make visible and the first one's date. */
async function* missingNumberPages(db: Executor, access: EmployerAccessContext, today: string) {
  // the contracts of the row are those that made it a row: in scope and visible once numbered
  const shown = and(
    contractScope(access, sql.raw('ac.contract_id')),
    visibleOnceNumbered(today, sql.raw('ac.status'), sql.raw('ac.termination_date')),
  )!;
  const where = hiddenForLackOfNumber(today, contractScope(access, schema.affiliateContracts.contractId));
  let after: Pick<MissingNumberRow, 'lastName' | 'firstName' | 'id'> | null = null;
  for (;;) {
    const page: MissingNumberRow[] = await db
      .select({
        id: affiliates.id,
        lastName: affiliates.lastName,
        firstName: affiliates.firstName,
        birthDate: affiliates.birthDate,
        employmentStatus: affiliates.employmentStatus,
        contracts: sql<string>`coalesce((select string_agg(gc.number, ', ' order by gc.number)
          from affiliate_contracts ac join group_contracts gc on gc.id = ac.contract_id
          where ac.affiliate_id = "affiliates"."id" and ${shown}), '')`,
        affiliationDate: sql<string | null>`(select min(ac.affiliation_date)::text from affiliate_contracts ac
          where ac.affiliate_id = "affiliates"."id" and ${shown})`,
        professionalEmail: affiliates.professionalEmail,
      })
      .from(affiliates)
      .where(
        and(
          affiliateScope(access),
          where,
          after
            ? sql`(${affiliates.lastName}, ${affiliates.firstName}, ${affiliates.id}) > (${after.lastName}, ${after.firstName}, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(affiliates.lastName, affiliates.firstName, affiliates.id)
      .limit(2_000);
    if (page.length > 0) yield page;
    if (page.length < 2_000) return;
    after = page.at(-1)!;
  }
}

// 0 default, 1 bold header, 2 date, 3 text (the empty number column is for the officer's own notes)
const formats = [{}, { bold: true }, { numFmt: 'dd/mm/yyyy' }, { numFmt: '@' }];
const header = rowWriter([1, 1, 1, 1, 1, 1, 1, 1]);
const row = rowWriter([0, 0, 2, 0, 0, 2, 0, 3]);

async function* sheetXml(
  pages: AsyncIterable<MissingNumberRow[]>,
  language: ExportLanguage,
  count: { rows: number },
) {
  const t = texts[language];
  const widths = [24, 20, 14, 12, 22, 16, 36, 20];
  const cols = widths.map(
    (width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`,
  );
  yield `${worksheetStart}<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" \
activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols.join('')}</cols><sheetData>${header(1, t.headers)}`;
  for await (const page of pages) {
    yield page.map((affiliate) => {
      count.rows += 1;
      return row(count.rows + 1, [
        inertText(affiliate.lastName),
        inertText(affiliate.firstName),
        affiliate.birthDate ? excelDateSerial(affiliate.birthDate) : null,
        affiliate.employmentStatus === 'in-service' ? t.inService : t.left,
        affiliate.contracts,
        affiliate.affiliationDate ? excelDateSerial(affiliate.affiliationDate) : null,
        affiliate.professionalEmail ? inertText(affiliate.professionalEmail) : null,
        null,
      ]);
    });
  }
  yield '</sheetData></worksheet>';
}

/**
 * The "missing numbers" report as an .xlsx streamed to `output`: the affiliates whose contracts are
 * invisible on the employee portal for lack of a national/BIS number. Returns the number of rows.
 */
export async function writeMissingNumbersReport(
  db: Executor,
  access: EmployerAccessContext,
  output: Writable,
  options: { language: ExportLanguage; today: string; now: Date },
): Promise<number> {
  const count = { rows: 0 };
  await writeXlsx(output, {
    creator: 'groupdesk',
    createdAt: options.now,
    formats,
    sheets: [
      {
        name: texts[options.language].sheet,
        xml: sheetXml(missingNumberPages(db, access, options.today), options.language, count),
      },
    ],
  });
  return count.rows;
}
