import type { CodeNames } from './code-names-en';

/** The application's names of codes in French (Belgian usage): the same keys as code-names-en.ts. */
export const codeNamesFr: CodeNames = {
  common: {
    yes: 'Oui',
    no: 'Non',
    notAvailable: '—',
  },
  languages: {
    fr: 'Français',
    nl: 'Néerlandais',
    en: 'Anglais',
    de: 'Allemand',
  },
  status: {
    employment: {
      'in-service': 'En service',
      left: 'Sorti',
    },
    contract: {
      active: 'Active',
      passive: 'Passive',
      terminated: 'Résiliée',
    },
  },
  lifeEvents: {
    familySituations: {
      single: 'Isolé',
      married: 'Marié',
      'legal-cohabitant': 'Cohabitant légal',
      'de-facto-cohabitant': 'Cohabitant de fait',
    },
    categories: {
      employees: 'Employés',
      workers: 'Ouvriers',
      executives: 'Cadres',
    },
    suspensionReasons: {
      illness: 'Maladie',
      'career-break': 'Interruption de carrière',
    },
    kinds: {
      affiliation: 'Affiliation',
      'occupancy-rate': "Changement du taux d'occupation",
      'family-situation': 'Changement de situation familiale',
      category: 'Changement de catégorie',
      suspension: 'Suspension du contrat de travail',
      'suspension-end': 'Reprise du travail',
      exit: 'Sortie de service',
    },
  },
  incapacities: {
    causes: {
      illness: 'Maladie',
      'private-accident': 'Accident de la vie privée',
      'occupational-accident': 'Accident du travail',
      pregnancy: 'Grossesse et accouchement',
    },
    statuses: {
      open: 'En cours',
      closed: 'Clôturées',
      all: 'Toutes',
    },
  },
  medicalFormality: {
    none: 'Aucune (dans la Free Cover Limit)',
    'health-declaration': 'Formalité simplifiée (déclaration de santé)',
    questionnaire: 'Questionnaire médical',
    'treating-doctor': 'Examen par le médecin traitant',
    cardiologist: 'Examen par un cardiologue',
  },
  users: {
    roles: {
      master: 'Master User',
      hr: 'Utilisateur',
    },
    profiles: {
      read: 'Consultation',
      write: 'Consultation et inscription',
    },
    allContracts: 'Tous les contrats',
  },
  affiliates: {
    filters: {
      missingNationalNumber: 'Sans numéro national',
      missingProfessionalEmail: 'Sans e-mail professionnel',
    },
  },
  emails: {
    kinds: {
      confirmation: "Confirmation d'adresse",
      invitation: 'Invitation au portail',
      'statement-notice': 'Avis de fiche de pension',
      'user-invitation': "Invitation d'accès",
      'password-reset': 'Réinitialisation du mot de passe',
      'user-access-granted': 'Accès accordé',
      'employer-upload-applied': 'Avis employeur : liste appliquée',
      'employer-statements-available': 'Avis employeur : nouvelles fiches',
      'employer-access-granted': 'Avis employeur : accès accordé',
      'employer-access-changed': 'Avis employeur : accès modifié',
      'employer-access-revoked': 'Avis employeur : accès retiré',
    },
    statuses: {
      scheduled: 'Prévu',
      sending: "En cours d'envoi",
      sent: 'Envoyé',
      failed: 'Échec',
      cancelled: 'Annulé',
    },
  },
  actions: {
    kinds: {
      insuredListExport: 'Export de la liste des assurés',
      insuredListUpload: 'Chargement de la liste des assurés',
      statementsPrint: 'Impression de fiches de pension',
    },
  },
  journal: {
    sorts: {
      '-at': 'Plus récentes d’abord',
      at: 'Plus anciennes d’abord',
      kind: 'Par action (A→Z)',
      '-kind': 'Par action (Z→A)',
      user: 'Par utilisateur (A→Z)',
      '-user': 'Par utilisateur (Z→A)',
    },
  },
};
