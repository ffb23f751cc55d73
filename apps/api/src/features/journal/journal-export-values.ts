import { type JournalEntry, fieldLabel, journalNames, journalValue } from '@groupdesk/contracts';
import type { ExportLanguage } from '../insured-list/insured-list-headers';

/**
 * An entry's before or after as the journal page reads it, for one cell: a line per field, 'Label: value'
 * ('Libellé : valeur'), a list of contracts one per line below its label; a field the application does not
 * know keeps its JSON. Contracts recorded by their id keep it: the export does not look their numbers up.
 */
export function journalValuesText(
  values: Record<string, unknown> | null,
  entryKind: JournalEntry['kind'],
  language: ExportLanguage,
): string | null {
  if (values === null) return null;
  const dictionary = journalNames[language];
  const context = { entryKind, dictionary, language };
  const pair = (label: string, value: string) =>
    dictionary.journal.values.pair.replace('{{label}}', () => label).replace('{{value}}', () => value);
  const lines = Object.entries(values).map(([field, value]) => {
    const label = fieldLabel(field, dictionary);
    const shown = journalValue(field, value, context);
    switch (shown.kind) {
      case 'empty':
        return pair(label, dictionary.common.notAvailable);
      case 'lines':
        return [pair(label, '').trimEnd(), ...shown.lines.map((line) => `  ${line}`)].join('\n');
      default:
        return pair(label, shown.text);
    }
  });
  return lines.join('\n');
}
