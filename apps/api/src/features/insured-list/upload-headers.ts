import { type ColumnKey, type ExportLanguage, columnKeys, insuredListTexts } from './insured-list-headers';

/** A header as compared: no accents, no case, no punctuation or spaces ("N° national / BIS" → "nnationalbis"). */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Besides the exact headers of the export in FR, NL and EN, what HR users commonly type
const aliases: Partial<Record<ColumnKey, string[]>> = {
  nationalNumber: ['NISS', 'INSZ', 'Numéro national', 'Rijksregisternummer', 'National number', 'BIS'],
  professionalEmail: ['E-mail', 'Email', 'Adresse e-mail professionnelle', 'Werk e-mail', 'Work e-mail'],
  lastName: ['Nom de famille', 'Achternaam', 'Surname'],
  affiliateKey: ['Clé', 'Sleutel', 'Key'],
};

const headerColumns = new Map<string, { column: ColumnKey; language: ExportLanguage | null }>();
for (const language of ['fr', 'nl', 'en'] as const) {
  for (const column of columnKeys) {
    headerColumns.set(headerKey(insuredListTexts[language].headers[column]), { column, language });
  }
}
for (const [column, texts] of Object.entries(aliases) as [ColumnKey, string[]][]) {
  for (const text of texts) {
    if (!headerColumns.has(headerKey(text))) headerColumns.set(headerKey(text), { column, language: null });
  }
}

export interface HeaderMap {
  /** 0-based column index of each recognised column */
  columns: Partial<Record<ColumnKey, number>>;
  /** the header text as the user's file spells it, by column */
  labels: Partial<Record<ColumnKey, string>>;
  /** the language most headers are written in; the export's language when there is a tie */
  language: ExportLanguage | null;
}

/**
 * Reads a row as the header when it names the professional e-mail column and a way to find the affiliate
 * (the hidden key or the national number), in any order and any of the three languages.
 */
export function recogniseHeader(cells: readonly string[]): HeaderMap | null {
  const columns: HeaderMap['columns'] = {};
  const labels: HeaderMap['labels'] = {};
  const votes: Record<ExportLanguage, number> = { fr: 0, nl: 0, en: 0 };
  cells.forEach((text, index) => {
    const match = headerColumns.get(headerKey(text));
    if (!match || columns[match.column] !== undefined) return;
    columns[match.column] = index;
    labels[match.column] = text.trim();
    if (match.language) votes[match.language] += 1;
  });
  if (columns.professionalEmail === undefined) return null;
  if (columns.affiliateKey === undefined && columns.nationalNumber === undefined) return null;
  const best = (['fr', 'nl', 'en'] as const).reduce((a, b) => (votes[b] > votes[a] ? b : a));
  return { columns, labels, language: votes[best] > 0 ? best : null };
}
