import { type UiLanguage, formatNationalNumber } from '@groupdesk/domain';
import { formatCount, formatDate, formatDateTime, formatMoney, formatRate } from './display-format';
import { type FieldFormat, isJournalField, journalFields } from './journal-fields';
import { type JournalNames, valueName } from './journal-value-names';

/** A recorded value as the journal shows it: nothing, one line, several lines, or JSON for the unknown. */
export type ShownValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'json'; text: string };

export interface ValueContext {
  /** the entry's kind, e.g. 'affiliate.exit' */
  entryKind: string;
  dictionary: JournalNames;
  language: UiLanguage;
  /** the employer's contracts by id: a contract the user sees is shown by its number rather than its id */
  contractNumbers?: ReadonlyMap<string, string>;
}

type Scalar = string | number | boolean;
type Values = Record<string, unknown>;

const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
const isValues = (value: unknown): value is Values =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNothing = (value: unknown) => value === null || value === undefined || value === '';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A field's name in the user's language; a field the application does not know keeps its code. */
export const fieldLabel = (field: string, dictionary: JournalNames): string =>
  isJournalField(field) ? dictionary.journal.fields[field] : field;

/** A value as text, a list or an object as JSON: what is shown of a field the application does not know. */
function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const formatOf = (field: string): FieldFormat => (isJournalField(field) ? journalFields[field] : 'text');

function numberText(format: FieldFormat, value: number, language: UiLanguage): string {
  if (format === 'money') return formatMoney(value, language);
  if (format === 'plain') return String(value);
  if (format === 'percent') return formatRate(value, language);
  return formatCount(value, language);
}

function scalarText(field: string, value: Scalar, context: ValueContext, parent: string | null): string {
  const { dictionary, language } = context;
  const format = formatOf(field);
  if (typeof value === 'boolean') return value ? dictionary.common.yes : dictionary.common.no;
  if (typeof value === 'number') return numberText(format, value, language);
  const name = valueName(format, value, { ...context, parent });
  if (name !== undefined) return name;
  if (format === 'nationalNumber') return formatNationalNumber(value);
  if (format === 'contractId') return context.contractNumbers?.get(value) ?? value;
  if (isoDay.test(value)) return formatDate(value);
  if (isoInstant.test(value)) return formatDateTime(value);
  return value;
}

/** A value inside a list or an object, on one line with others. */
function inlineText(field: string, value: unknown, context: ValueContext, parent: string | null): string {
  if (isNothing(value)) return context.dictionary.common.notAvailable;
  if (isScalar(value)) return scalarText(field, value, context, parent);
  if (Array.isArray(value) && value.every(isScalar)) {
    return value.map((item) => scalarText(field, item, context, parent)).join(', ');
  }
  return JSON.stringify(value);
}

const pairs = (values: Values, context: ValueContext, parent: string) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      // 'Label: value', 'Libellé : valeur'; replaced by functions, so that a '$' in a value stays as typed
      context.dictionary.journal.values.pair
        .replace('{{label}}', () => fieldLabel(key, context.dictionary))
        .replace('{{value}}', () => inlineText(key, value, context, parent)),
    );

/** One contract (or other object) of a list: its number first, then what it records, the id left out. */
function itemLine(item: Values, context: ValueContext, parent: string): string {
  const { number, contractId: _id, ...rest } = item;
  if (typeof number !== 'string') return pairs(item, context, parent).join(', ');
  const details = pairs(rest, context, parent);
  return details.length === 0 ? number : `${number} — ${details.join(', ')}`;
}

/**
 * A value of an entry's before or after, readable: codes by their names, days as dd/mm/yyyy, amounts as
 * money, yes or no, a list of contracts one per line. A field the application does not know is shown as
 * before this existed: as text, or as JSON for a list or an object.
 */
export function journalValue(field: string, value: unknown, context: ValueContext): ShownValue {
  if (isNothing(value)) return { kind: 'empty' };
  if (!isJournalField(field)) {
    const text = valueText(value);
    return isScalar(value) ? { kind: 'text', text } : { kind: 'json', text };
  }
  if (isScalar(value)) return { kind: 'text', text: scalarText(field, value, context, null) };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    if (value.every(isScalar)) return { kind: 'text', text: inlineText(field, value, context, null) };
    if (value.every(isValues))
      return { kind: 'lines', lines: value.map((item) => itemLine(item, context, field)) };
  }
  if (isValues(value)) return { kind: 'lines', lines: pairs(value, context, field) };
  return { kind: 'json', text: JSON.stringify(value) };
}
