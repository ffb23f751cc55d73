import type { CodeNames } from './code-names-en';

/** The application's names of codes in Dutch (Belgian usage): the same keys as code-names-en.ts. */
export const codeNamesNl: CodeNames = {
  common: {
    yes: 'Ja',
    no: 'Nee',
    notAvailable: '—',
  },
  languages: {
    fr: 'Frans',
    nl: 'Nederlands',
    en: 'Engels',
    de: 'Duits',
  },
  status: {
    employment: {
      'in-service': 'In dienst',
      left: 'Uit dienst',
    },
    contract: {
      active: 'Actief',
      passive: 'Passief',
      terminated: 'Beëindigd',
    },
  },
  lifeEvents: {
    familySituations: {
      single: 'Alleenstaande',
      married: 'Gehuwd',
      'legal-cohabitant': 'Wettelijk samenwonend',
      'de-facto-cohabitant': 'Feitelijk samenwonend',
    },
    categories: {
      employees: 'Bedienden',
      workers: 'Arbeiders',
      executives: 'Kaderleden',
    },
    suspensionReasons: {
      illness: 'Ziekte',
      'career-break': 'Loopbaanonderbreking',
    },
    kinds: {
      affiliation: 'Aansluiting',
      'occupancy-rate': 'Wijziging van de tewerkstellingsgraad',
      'family-situation': 'Wijziging van de gezinssituatie',
      category: 'Wijziging van categorie',
      suspension: 'Schorsing van de arbeidsovereenkomst',
      'suspension-end': 'Werkhervatting',
      exit: 'Uitdiensttreding',
    },
  },
  incapacities: {
    causes: {
      illness: 'Ziekte',
      'private-accident': 'Ongeval in het privéleven',
      'occupational-accident': 'Arbeidsongeval',
      pregnancy: 'Zwangerschap en bevalling',
    },
    statuses: {
      open: 'Lopend',
      closed: 'Afgesloten',
      all: 'Alle',
    },
  },
  medicalFormality: {
    none: 'Geen (binnen de Free Cover Limit)',
    'health-declaration': 'Vereenvoudigde formaliteit (gezondheidsverklaring)',
    questionnaire: 'Medische vragenlijst',
    'treating-doctor': 'Onderzoek door de behandelende arts',
    cardiologist: 'Onderzoek door een cardioloog',
  },
  users: {
    roles: {
      master: 'Master User',
      hr: 'Gebruiker',
    },
    profiles: {
      read: 'Raadpleging',
      write: 'Raadpleging en inschrijving',
    },
    allContracts: 'Alle contracten',
  },
  affiliates: {
    filters: {
      missingNationalNumber: 'Zonder rijksregisternummer',
      missingProfessionalEmail: 'Zonder professioneel e-mailadres',
    },
  },
  emails: {
    kinds: {
      confirmation: 'Adresbevestiging',
      invitation: 'Uitnodiging voor het portaal',
      'statement-notice': 'Bericht over de pensioenfiche',
      'user-invitation': 'Uitnodiging voor toegang',
      'password-reset': 'Wachtwoord opnieuw instellen',
      'user-access-granted': 'Toegang gegeven',
      'employer-upload-applied': 'Bericht werkgever: lijst toegepast',
      'employer-statements-available': 'Bericht werkgever: nieuwe fiches',
      'employer-access-granted': 'Bericht werkgever: toegang gegeven',
      'employer-access-changed': 'Bericht werkgever: toegang gewijzigd',
      'employer-access-revoked': 'Bericht werkgever: toegang ingetrokken',
    },
    statuses: {
      scheduled: 'Gepland',
      sending: 'Wordt verstuurd',
      sent: 'Verstuurd',
      failed: 'Mislukt',
      cancelled: 'Geannuleerd',
    },
  },
  actions: {
    kinds: {
      insuredListExport: 'Export van de lijst van de verzekerden',
      insuredListUpload: 'Upload van de lijst van de verzekerden',
      statementsPrint: 'Afdruk van pensioenfiches',
    },
  },
  journal: {
    sorts: {
      '-at': 'Nieuwste eerst',
      at: 'Oudste eerst',
      kind: 'Per actie (A→Z)',
      '-kind': 'Per actie (Z→A)',
      user: 'Per gebruiker (A→Z)',
      '-user': 'Per gebruiker (Z→A)',
    },
  },
};
