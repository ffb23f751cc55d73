/** The export speaks the requesting user's language; German speakers get English (no German UI yet). */
export type ExportLanguage = 'fr' | 'nl' | 'en';
export const exportLanguageOf = (language: string): ExportLanguage =>
  language === 'fr' || language === 'nl' ? language : 'en';

export const columnKeys = [
  'contracts',
  'nationalNumber',
  'lastName',
  'firstName',
  'birthDate',
  'language',
  'employmentStatus',
  'professionalEmail',
  'privateEmailKnown',
  'affiliateKey',
] as const;
export type ColumnKey = (typeof columnKeys)[number];

interface Texts {
  sheet: string;
  fileName: string;
  headers: Record<ColumnKey, string>;
  yes: string;
  no: string;
  inService: string;
  left: string;
  emailNote: string;
  emailError: string;
}

// The headers the upload will recognise in FR, NL and EN ("liste des assurés" / "lijst van verzekerden")
export const insuredListTexts: Record<ExportLanguage, Texts> = {
  fr: {
    sheet: 'Liste des assurés',
    fileName: 'liste-des-assures',
    headers: {
      contracts: 'N° de contrat',
      nationalNumber: 'N° national / BIS',
      lastName: 'Nom',
      firstName: 'Prénom',
      birthDate: 'Date de naissance',
      language: 'Langue',
      employmentStatus: 'En service / sorti',
      professionalEmail: 'E-mail professionnel',
      privateEmailKnown: 'E-mail privé connu',
      affiliateKey: 'Clé groupdesk',
    },
    yes: 'Oui',
    no: 'Non',
    inService: 'En service',
    left: 'Sorti',
    emailNote:
      "Seule colonne à compléter : l'adresse e-mail professionnelle de l'affilié (254 caractères au plus).",
    emailError: 'Une adresse e-mail compte 254 caractères au plus.',
  },
  nl: {
    sheet: 'Lijst van verzekerden',
    fileName: 'lijst-van-verzekerden',
    headers: {
      contracts: 'Contractnummer',
      nationalNumber: 'Rijksregisternummer / BIS',
      lastName: 'Naam',
      firstName: 'Voornaam',
      birthDate: 'Geboortedatum',
      language: 'Taal',
      employmentStatus: 'In dienst / uit dienst',
      professionalEmail: 'Professioneel e-mailadres',
      privateEmailKnown: 'Privé e-mailadres gekend',
      affiliateKey: 'groupdesk-sleutel',
    },
    yes: 'Ja',
    no: 'Nee',
    inService: 'In dienst',
    left: 'Uit dienst',
    emailNote:
      'Enige kolom om in te vullen: het professionele e-mailadres van de aangeslotene (hoogstens 254 tekens).',
    emailError: 'Een e-mailadres telt hoogstens 254 tekens.',
  },
  en: {
    sheet: 'Insured list',
    fileName: 'insured-list',
    headers: {
      contracts: 'Contract number',
      nationalNumber: 'National / BIS number',
      lastName: 'Last name',
      firstName: 'First name',
      birthDate: 'Birth date',
      language: 'Language',
      employmentStatus: 'In service / left',
      professionalEmail: 'Professional e-mail',
      privateEmailKnown: 'Private e-mail known',
      affiliateKey: 'groupdesk key',
    },
    yes: 'Yes',
    no: 'No',
    inService: 'In service',
    left: 'Left',
    emailNote:
      "The only column to fill in: the affiliate's professional e-mail address (254 characters at most).",
    emailError: 'An e-mail address has 254 characters at most.',
  },
};

/** `liste-des-assures-brasserie-van-damme-sa-2026-06-15.xlsx` */
export function exportFileName(language: ExportLanguage, employerName: string, at: Date): string {
  const slug = employerName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${insuredListTexts[language].fileName}-${slug}-${at.toISOString().slice(0, 10)}.xlsx`;
}

/**
 * Text a spreadsheet could take for a formula (=, +, -, @, tab, CR at the start) gets a leading quote, as
 * OWASP advises against CSV/formula injection; the upload strips it again.
 */
export function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
