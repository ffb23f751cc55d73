import type { Writable } from 'node:stream';
import { type JournalEntry, type JournalFilter, journalKindLabel } from '@groupdesk/contracts';
import type { Executor } from '@groupdesk/db';
import type { EmployerAccessContext } from '../access/employer-access';
import { type ExportLanguage, inertText } from '../insured-list/insured-list-headers';
import { worksheetStart, writeXlsx } from '../insured-list/xlsx-writer-parts';
import { rowWriter } from '../insured-list/xlsx-writer-xml';
import { journalValuesText } from './journal-export-values';
import { journalBatches } from './journal-queries';

const texts = {
  fr: {
    sheet: 'Journal',
    fileName: 'journal',
    headers: [
      'Date et heure',
      'Action',
      'Code',
      'Par',
      'Affilié',
      'N° national / BIS',
      'Utilisateur concerné',
      'Avant',
      'Après',
    ],
    service: 'Service (portail, back-office)',
    system: 'Système',
    accountManager: 'gestionnaire de compte',
  },
  nl: {
    sheet: 'Logboek',
    fileName: 'logboek',
    headers: [
      'Datum en uur',
      'Actie',
      'Code',
      'Door',
      'Aangeslotene',
      'Rijksregister- / BIS-nummer',
      'Betrokken gebruiker',
      'Voor',
      'Na',
    ],
    service: 'Dienst (portaal, backoffice)',
    system: 'Systeem',
    accountManager: 'accountmanager',
  },
  en: {
    sheet: 'Journal',
    fileName: 'journal',
    headers: [
      'Date and time',
      'Action',
      'Code',
      'By',
      'Affiliate',
      'National / BIS number',
      'User concerned',
      'Before',
      'After',
    ],
    service: 'Service (portal, back office)',
    system: 'System',
    accountManager: 'account manager',
  },
} as const satisfies Record<ExportLanguage, unknown>;

export const journalFileName = (language: ExportLanguage, today: string) =>
  `${texts[language].fileName}-${today}.xlsx`;

const brusselsParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const offsetByHour = new Map<number, number>();

/** Brussels wall-clock time as an Excel serial: the offset is computed once per hour, not per entry. */
function brusselsSerial(iso: string): number {
  const time = Date.parse(iso);
  const hour = Math.floor(time / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const part = (type: string) =>
      Number(brusselsParts.formatToParts(time).find((p) => p.type === type)!.value);
    const wall = Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    );
    offset = wall - Math.floor(time / 1000) * 1000;
    offsetByHour.set(hour, offset);
  }
  return (time + offset - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function actorText(entry: JournalEntry, language: ExportLanguage): string {
  const t = texts[language];
  const user = entry.actor.user;
  if (!user) return entry.actor.kind === 'service' ? t.service : t.system;
  return user.kind === 'account-manager' ? `${user.name} (${t.accountManager})` : user.name;
}

// 0 default, 1 bold header, 2 date and time, 3 lines (before, after)
const formats = [{}, { bold: true }, { numFmt: 'dd/mm/yyyy hh:mm:ss' }, { wrap: true }];
const header = rowWriter([1, 1, 1, 1, 1, 1, 1, 1, 1]);
const row = rowWriter([2, 0, 0, 0, 0, 0, 0, 3, 3]);

function valuesCell(values: Record<string, unknown> | null, entry: JournalEntry, language: ExportLanguage) {
  const text = journalValuesText(values, entry.kind, language);
  return text === null ? null : inertText(text);
}

async function* sheetXml(
  batches: AsyncIterable<JournalEntry[]>,
  language: ExportLanguage,
  count: { rows: number },
) {
  const widths = [19, 34, 26, 28, 28, 20, 24, 40, 40];
  const cols = widths.map(
    (width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`,
  );
  yield `${worksheetStart}<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" \
activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols.join('')}</cols><sheetData>${header(1, texts[language].headers)}`;
  for await (const batch of batches) {
    yield batch.map((entry) => {
      count.rows += 1;
      return row(count.rows + 1, [
        brusselsSerial(entry.at),
        journalKindLabel(entry.kind, language),
        entry.kind,
        inertText(actorText(entry, language)),
        entry.affiliate ? inertText(entry.affiliate.name) : null,
        entry.affiliate?.nationalNumber ?? null,
        entry.targetUser ? inertText(entry.targetUser.name) : null,
        valuesCell(entry.before, entry, language),
        valuesCell(entry.after, entry, language),
      ]);
    });
  }
  yield '</sheetData></worksheet>';
}

/** The journal as the page shows it (same filters and order, every page) streamed to `output` as .xlsx. */
export async function writeJournalExport(
  db: Executor,
  access: EmployerAccessContext,
  filter: JournalFilter,
  output: Writable,
  options: { language: ExportLanguage; now: Date },
): Promise<number> {
  const count = { rows: 0 };
  const batches = journalBatches(db, access, filter, { batchSize: 2_000 });
  await writeXlsx(output, {
    creator: 'groupdesk',
    createdAt: options.now,
    formats,
    sheets: [{ name: texts[options.language].sheet, xml: sheetXml(batches, options.language, count) }],
  });
  return count.rows;
}
