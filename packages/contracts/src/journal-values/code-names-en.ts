import type { CodeNameGroups } from './journal-value-names';

/**
 * The application's names of codes in English, the reference: statuses, life events, roles, e-mail kinds…
 * The SPA's dictionaries take them from here and the journal's export reads its values with them.
 */
export const codeNamesEn = {
  common: {
    yes: 'Yes',
    no: 'No',
    notAvailable: '—',
  },
  languages: {
    fr: 'French',
    nl: 'Dutch',
    en: 'English',
    de: 'German',
  },
  status: {
    employment: {
      'in-service': 'In service',
      left: 'Left',
    },
    contract: {
      active: 'Active',
      passive: 'Passive',
      terminated: 'Terminated',
    },
  },
  lifeEvents: {
    familySituations: {
      single: 'Single',
      married: 'Married',
      'legal-cohabitant': 'Legal cohabitant',
      'de-facto-cohabitant': 'De facto cohabitant',
    },
    categories: {
      employees: 'Employees',
      workers: 'Workers',
      executives: 'Executives',
    },
    suspensionReasons: {
      illness: 'Illness',
      'career-break': 'Career break',
    },
    kinds: {
      affiliation: 'Affiliation',
      'occupancy-rate': 'Change of occupancy rate',
      'family-situation': 'Change of family situation',
      category: 'Change of category',
      suspension: 'Suspension of the employment contract',
      'suspension-end': 'Return to work',
      exit: 'Exit',
    },
  },
  incapacities: {
    causes: {
      illness: 'Illness',
      'private-accident': 'Accident in private life',
      'occupational-accident': 'Occupational accident',
      pregnancy: 'Pregnancy and childbirth',
    },
    statuses: {
      open: 'Open',
      closed: 'Closed',
      all: 'All',
    },
  },
  medicalFormality: {
    none: 'None (within the Free Cover Limit)',
    'health-declaration': 'Simplified formality (health declaration)',
    questionnaire: 'Medical questionnaire',
    'treating-doctor': 'Examination by the treating doctor',
    cardiologist: 'Examination by a cardiologist',
  },
  users: {
    roles: {
      master: 'Master User',
      hr: 'User',
    },
    profiles: {
      read: 'Consultation',
      write: 'Consultation and registration',
    },
    allContracts: 'All contracts',
  },
  affiliates: {
    filters: {
      missingNationalNumber: 'No national number',
      missingProfessionalEmail: 'No professional e-mail',
    },
  },
  emails: {
    kinds: {
      confirmation: 'Address confirmation',
      invitation: 'Invitation to the portal',
      'statement-notice': 'Benefit statement notice',
      'user-invitation': 'Access invitation',
      'password-reset': 'Password reset',
      'user-access-granted': 'Access granted',
      'employer-upload-applied': 'Employer notice: upload applied',
      'employer-statements-available': 'Employer notice: new statements',
      'employer-access-granted': 'Employer notice: access granted',
      'employer-access-changed': 'Employer notice: access changed',
      'employer-access-revoked': 'Employer notice: access revoked',
    },
    statuses: {
      scheduled: 'Scheduled',
      sending: 'Sending',
      sent: 'Sent',
      failed: 'Failed',
      cancelled: 'Cancelled',
    },
  },
  actions: {
    kinds: {
      insuredListExport: 'Export of the insured list',
      insuredListUpload: 'Upload of the insured list',
      statementsPrint: 'Print of benefit statements',
    },
  },
  journal: {
    sorts: {
      '-at': 'Newest first',
      at: 'Oldest first',
      kind: 'By action (A→Z)',
      '-kind': 'By action (Z→A)',
      user: 'By user (A→Z)',
      '-user': 'By user (Z→A)',
    },
  },
} satisfies CodeNameGroups;

export type CodeNames = typeof codeNamesEn;
