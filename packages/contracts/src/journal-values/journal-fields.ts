/**
 * How a recorded value reads: a number as money, a percentage, a count or as it is ('plain': years, pages,
 * cursors); a code through the dictionary's names for it ('status', 'kind' and 'sort' depend on the entry).
 * A day, a yes/no and a list read as such whatever the format.
 */
export type FieldFormat =
  | 'text'
  | 'date'
  | 'money'
  | 'percent'
  | 'count'
  | 'plain'
  | 'nationalNumber'
  | 'contractId'
  | 'contracts'
  | 'language'
  | 'employmentStatus'
  | 'contractStatus'
  | 'familySituation'
  | 'category'
  | 'suspensionReason'
  | 'incapacityCause'
  | 'medicalFormality'
  | 'medicalAcceptance'
  | 'role'
  | 'profile'
  | 'missing'
  | 'uploadRowFilter'
  | 'statementSelection'
  | 'secondFactor'
  | 'passwordPurpose'
  | 'sessionKept'
  | 'status'
  | 'kind'
  | 'sort';

/**
 * Every key the API writes in a journal entry's before and after, nested ones included, with how its value
 * reads. Kept by hand against apps/api/src (writeJournal, journalAccountManagerRead and the SQL inserts into
 * journal_entries): the comments name the writers. Each key has a label in each language
 * (journal-field-labels-*.ts).
 */
export const journalFields = {
  // affiliate.updated, affiliate.affiliated, the insured list's rows (affiliate-service, affiliation-service)
  professionalEmail: 'text',
  language: 'language',
  nationalNumber: 'nationalNumber',
  lastName: 'text',
  firstName: 'text',
  startDate: 'date',
  // affiliate.portal-registration (portal-registrations)
  portalRegistered: 'text',
  privateEmailKnown: 'text',
  // email.cancelled, invitation.resent, emails.listed (email-service, emails/routes)
  recipient: 'text',
  status: 'status',
  kind: 'kind',
  query: 'text',
  count: 'count',
  // an account manager's reads: the list's query as typed, and what was shown (journalAccountManagerRead)
  search: 'text',
  page: 'plain',
  pageSize: 'plain',
  sort: 'sort',
  employmentStatus: 'employmentStatus',
  contractId: 'contractId',
  contractStatus: 'contractStatus',
  missing: 'missing',
  filter: 'uploadRowFilter',
  after: 'plain',
  before: 'plain',
  shown: 'count',
  total: 'count',
  affiliateId: 'text',
  userId: 'text',
  from: 'date',
  to: 'date',
  // incapacity.declared, incapacity.closed (incapacity-service)
  firstDay: 'date',
  cause: 'incapacityCause',
  doctorAssessedOn: 'date',
  declaredOn: 'date',
  late: 'text',
  endDate: 'date',
  // insured-list.applied, insured-list.undone: the upload's counts (upload-validation, upload-apply)
  rows: 'count',
  added: 'count',
  changed: 'count',
  unchanged: 'count',
  ignored: 'count',
  errors: 'count',
  conflicts: 'count',
  warnings: 'count',
  confirmations: 'count',
  invitations: 'count',
  applied: 'count',
  skipped: 'count',
  restored: 'count',
  kept: 'sessionKept',
  cancelledEmails: 'count',
  // user.sessions-ended (account/routes), user.password-set, session.login
  ended: 'count',
  purpose: 'passwordPurpose',
  secondFactor: 'secondFactor',
  // action.file-downloaded, report.missing-national-numbers, journal.exported
  fileName: 'text',
  // affiliate.acceptance-decided (acceptance-service)
  contract: 'text',
  medicalAcceptance: 'medicalAcceptance',
  medicalFormality: 'medicalFormality',
  decidedOn: 'date',
  deathCapital: 'money',
  disabilityAnnuity: 'money',
  // affiliate.affiliated, changes and their taking effect (affiliation-service, event-service, changes-due)
  category: 'category',
  occupancyRate: 'percent',
  familySituation: 'familySituation',
  guarantees: 'text',
  number: 'text',
  reason: 'suspensionReason',
  eventDate: 'date',
  // affiliate.exit: the changes recorded ahead that the exit withdrew (exit-service)
  changesWithdrawn: 'text',
  mutationDate: 'date',
  // affiliate.exit, affiliate.exit-effective (exit-service, exits-due, affiliations-at-exit)
  leftOn: 'date',
  contracts: 'contracts',
  annualPremium: 'money',
  // employer.notification-address-changed (notifications/routes)
  notificationEmail: 'text',
  // statement.printed, statements.printed, statement.issued, statement.updated (statements)
  statementId: 'text',
  year: 'plain',
  contractNumber: 'text',
  selection: 'statementSelection',
  selected: 'count',
  statements: 'count',
  issueDate: 'date',
  figures: 'text',
  referenceDate: 'date',
  salary: 'money',
  employerPremium: 'money',
  personalPremium: 'money',
  vestedReserves: 'money',
  projectedRetirementCapital: 'money',
  premiumWaiver: 'text',
  personalRiskPeriodDays: 'count',
  // user.access-granted, user.access-changed, user.access-revoked (users)
  email: 'text',
  role: 'role',
  profile: 'profile',
  revokedAt: 'text',
  setPasswordLink: 'text',
  revoked: 'text',
  allSessionsEnded: 'text',
} as const satisfies Record<string, FieldFormat>;

export type JournalField = keyof typeof journalFields;

export const isJournalField = (field: string): field is JournalField => Object.hasOwn(journalFields, field);
