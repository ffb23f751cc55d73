import type { UiLanguage } from '@groupdesk/domain';
import { journalKindLabel } from '../journal-kinds';
import type { FieldFormat } from './journal-fields';
import type { JournalTexts } from './journal-texts-en';

/** A group of names by code, such as the contract statuses; a code outside it is not named. */
type Names = object;

/**
 * The names a journal value may be read with: the journal's own (journal-texts-*.ts) and the application's
 * names of codes (code-names-*.ts), laid out as the SPA's dictionary holds them, so that the SPA gives its
 * dictionary as it is and the journal's export joins the two (journalNames).
 */
export interface JournalNames {
  common: { yes: string; no: string; notAvailable: string };
  languages: Names;
  status: { employment: Names; contract: Names };
  lifeEvents: { familySituations: Names; categories: Names; suspensionReasons: Names; kinds: Names };
  incapacities: { causes: Names; statuses: Names };
  medicalFormality: Names;
  users: { roles: Names; profiles: { read: string; write: string }; allContracts: string };
  affiliates: { filters: { missingNationalNumber: string; missingProfessionalEmail: string } };
  emails: { kinds: Names; statuses: Names };
  actions: { kinds: { insuredListExport: string; insuredListUpload: string; statementsPrint: string } };
  journal: { sorts: Names; fields: JournalTexts['fields']; values: JournalTexts['values'] };
}

/** The names of codes the application shares (code-names-*.ts): JournalNames but the journal's own texts. */
export type CodeNameGroups = Omit<JournalNames, 'journal'> & {
  journal: Pick<JournalNames['journal'], 'sorts'>;
};

export interface NameContext {
  /** the entry's kind: 'status', 'kind' and 'sort' name different things in different entries */
  entryKind: string;
  /** the field of the list or object the value sits in, e.g. 'contracts' for a contract's status */
  parent: string | null;
  dictionary: JournalNames;
  language: UiLanguage;
}

/** A label of a group of the dictionary, only for a value that is one of its own keys. */
function nameIn(labels: object, value: string): string | undefined {
  if (!Object.hasOwn(labels, value)) return undefined;
  const label: unknown = (labels as Record<string, unknown>)[value];
  return typeof label === 'string' ? label : undefined;
}

const emailEntries = new Set(['email.cancelled', 'emails.listed']);
const journalEntries = new Set(['journal.viewed', 'journal.exported']);

/** The action kinds (actions table) as the dictionary names them. */
const actionKinds: Record<string, keyof JournalNames['actions']['kinds']> = {
  'insured-list.export': 'insuredListExport',
  'insured-list.upload': 'insuredListUpload',
  'statements.print': 'statementsPrint',
};

function statusName(value: string, { entryKind, parent, dictionary: d }: NameContext) {
  if (parent === 'contracts') return nameIn(d.status.contract, value);
  if (emailEntries.has(entryKind)) return nameIn(d.emails.statuses, value);
  if (entryKind === 'incapacities.listed') return nameIn(d.incapacities.statuses, value);
  return undefined;
}

function kindName(value: string, { entryKind, parent, dictionary: d, language }: NameContext) {
  if (emailEntries.has(entryKind)) return nameIn(d.emails.kinds, value);
  if (entryKind === 'action.file-downloaded') {
    const key = actionKinds[value];
    return key && d.actions.kinds[key];
  }
  if (entryKind === 'affiliate.change-effective' || parent === 'changesWithdrawn')
    return nameIn(d.lifeEvents.kinds, value);
  if (journalEntries.has(entryKind)) return journalKindLabel(value, language);
  return undefined;
}

function sortName(value: string, { entryKind, dictionary: d }: NameContext) {
  if (entryKind === 'affiliates.listed') return nameIn(d.journal.values.affiliateSorts, value);
  if (journalEntries.has(entryKind)) return nameIn(d.journal.sorts, value);
  return undefined;
}

/** The dictionary's name of a code, or undefined when the format names nothing or the code is unknown. */
export function valueName(format: FieldFormat, value: string, context: NameContext): string | undefined {
  const d = context.dictionary;
  const values = d.journal.values;
  switch (format) {
    case 'language':
      return ['fr', 'nl', 'en', 'de'].includes(value) ? nameIn(d.languages, value) : undefined;
    case 'employmentStatus':
      return nameIn(d.status.employment, value);
    case 'contractStatus':
      return nameIn(d.status.contract, value);
    case 'familySituation':
      return nameIn(d.lifeEvents.familySituations, value);
    case 'category':
      return nameIn(d.lifeEvents.categories, value);
    case 'suspensionReason':
      return nameIn(d.lifeEvents.suspensionReasons, value);
    case 'incapacityCause':
      return nameIn(d.incapacities.causes, value);
    case 'medicalFormality':
      return nameIn(d.medicalFormality, value);
    case 'medicalAcceptance':
      return nameIn(values.medicalAcceptances, value);
    case 'role':
      return nameIn(d.users.roles, value);
    case 'profile':
      return value === 'read' || value === 'write' ? d.users.profiles[value] : undefined;
    case 'contracts':
      return value === 'all' ? d.users.allContracts : undefined;
    case 'missing':
      if (value === 'nationalNumber') return d.affiliates.filters.missingNationalNumber;
      return value === 'professionalEmail' ? d.affiliates.filters.missingProfessionalEmail : undefined;
    case 'uploadRowFilter':
      return nameIn(values.uploadRowFilters, value);
    case 'statementSelection':
      return nameIn(values.statementSelections, value);
    case 'secondFactor':
      return nameIn(values.secondFactors, value);
    case 'passwordPurpose':
      return nameIn(values.passwordPurposes, value);
    case 'sessionKept':
      return value === 'this session' ? values.thisSession : undefined;
    case 'status':
      return statusName(value, context);
    case 'kind':
      return kindName(value, context);
    case 'sort':
      return sortName(value, context);
    default:
      return undefined;
  }
}
