import type { Language } from '@groupdesk/domain';

export interface StatementTexts {
  /** what stands between a label and its value: French puts a (no-break) space before the colon */
  colon: string;
  title: (year: number) => string;
  subtitle: string;
  insurer: string;
  employer: string;
  enterpriseNumber: string;
  affiliate: string;
  nationalNumber: { national: string; bis: string; missing: string };
  birthDate: string;
  contract: string;
  plan: { classic: string; cafeteria: string };
  referenceDate: string;
  issueDate: string;
  guarantees: string;
  retirementCapital: string;
  deathCapital: string;
  disabilityAnnuity: string;
  premiumWaiver: string;
  personalRiskPeriod: string;
  days: (days: number) => string;
  yes: string;
  no: string;
  unknown: string;
  premiums: string;
  salary: string;
  occupancyRate: string;
  employerPremium: string;
  personalPremium: string;
  totalPremium: string;
  reserves: string;
  vestedReserves: (date: string) => string;
  vestedReservesNote: string;
  amountsNote: string;
  /** the line above the portal address */
  portal: string;
  questions: string;
  printed: (date: string) => string;
  fileName: string;
}

// The statement in the affiliate's language; "Benefit Statement" is the name the seeds use in French and Dutch too
export const statementTexts: Record<Language, StatementTexts> = {
  fr: {
    colon: '\u00a0:',
    title: (year) => `Benefit Statement ${year}`,
    subtitle: 'Assurance de groupe – fiche de pension',
    insurer: 'Assureur',
    employer: 'Employeur',
    enterpriseNumber: "N° d'entreprise",
    affiliate: 'Affilié',
    nationalNumber: { national: 'N° de registre national', bis: 'N° BIS', missing: 'non communiqué' },
    birthDate: 'Date de naissance',
    contract: 'Contrat',
    plan: { classic: 'plan classique', cafeteria: 'plan cafétéria' },
    referenceDate: 'Date de référence',
    issueDate: "Date d'émission",
    guarantees: 'Garanties',
    retirementCapital: 'Capital retraite (projeté au terme)',
    deathCapital: 'Capital décès',
    disabilityAnnuity: "Rente d'invalidité (par an)",
    premiumWaiver: "Exonération des primes en cas d'invalidité",
    personalRiskPeriod: 'Période de risque personnel',
    days: (days) => `${days} jours`,
    yes: 'Oui',
    no: 'Non',
    unknown: '–',
    premiums: 'Primes annuelles',
    salary: 'Salaire annuel de référence',
    occupancyRate: "Taux d'occupation",
    employerPremium: 'Prime patronale',
    personalPremium: 'Prime personnelle',
    totalPremium: 'Prime totale',
    reserves: 'Réserves et prestations',
    vestedReserves: (date) => `Réserves acquises au ${date}`,
    vestedReservesNote:
      'Les réserves acquises sont le montant déjà constitué à la date de référence ; elles vous restent acquises si vous quittez votre employeur.',
    amountsNote: 'Montants bruts en euros, selon votre situation à la date de référence.',
    portal: 'Votre assurance de groupe et votre dernier Benefit Statement en ligne :',
    questions: 'Pour toute question, adressez-vous au service du personnel de votre employeur.',
    printed: (date) => `Imprimé le ${date}`,
    fileName: 'benefit-statement',
  },
  nl: {
    colon: ':',
    title: (year) => `Benefit Statement ${year}`,
    subtitle: 'Groepsverzekering – pensioenfiche',
    insurer: 'Verzekeraar',
    employer: 'Werkgever',
    enterpriseNumber: 'Ondernemingsnummer',
    affiliate: 'Aangeslotene',
    nationalNumber: { national: 'Rijksregisternummer', bis: 'BIS-nummer', missing: 'niet meegedeeld' },
    birthDate: 'Geboortedatum',
    contract: 'Contract',
    plan: { classic: 'klassiek plan', cafeteria: 'cafetariaplan' },
    referenceDate: 'Referentiedatum',
    issueDate: 'Uitgiftedatum',
    guarantees: 'Waarborgen',
    retirementCapital: 'Pensioenkapitaal (geraamd op de einddatum)',
    deathCapital: 'Overlijdenskapitaal',
    disabilityAnnuity: 'Invaliditeitsrente (per jaar)',
    premiumWaiver: 'Premievrijstelling bij invaliditeit',
    personalRiskPeriod: 'Eigen risicoperiode',
    days: (days) => `${days} dagen`,
    yes: 'Ja',
    no: 'Nee',
    unknown: '–',
    premiums: 'Jaarlijkse premies',
    salary: 'Jaarlijks referentieloon',
    occupancyRate: 'Tewerkstellingsgraad',
    employerPremium: 'Werkgeversbijdrage',
    personalPremium: 'Persoonlijke bijdrage',
    totalPremium: 'Totale premie',
    reserves: 'Reserves en prestaties',
    vestedReserves: (date) => `Verworven reserves op ${date}`,
    vestedReservesNote:
      'De verworven reserves zijn het bedrag dat op de referentiedatum al opgebouwd is; u behoudt ze als u uw werkgever verlaat.',
    amountsNote: 'Brutobedragen in euro, volgens uw toestand op de referentiedatum.',
    portal: 'Uw groepsverzekering en uw laatste Benefit Statement online:',
    questions: 'Met vragen kunt u terecht bij de personeelsdienst van uw werkgever.',
    printed: (date) => `Afgedrukt op ${date}`,
    fileName: 'benefit-statement',
  },
  en: {
    colon: ':',
    title: (year) => `Benefit Statement ${year}`,
    subtitle: 'Group insurance – pension statement',
    insurer: 'Insurer',
    employer: 'Employer',
    enterpriseNumber: 'Enterprise number',
    affiliate: 'Affiliate',
    nationalNumber: { national: 'National register number', bis: 'BIS number', missing: 'not provided' },
    birthDate: 'Date of birth',
    contract: 'Contract',
    plan: { classic: 'classic plan', cafeteria: 'cafeteria plan' },
    referenceDate: 'Reference date',
    issueDate: 'Issue date',
    guarantees: 'Guarantees',
    retirementCapital: 'Retirement capital (projected at term)',
    deathCapital: 'Death capital',
    disabilityAnnuity: 'Disability annuity (per year)',
    premiumWaiver: 'Premium waiver in case of disability',
    personalRiskPeriod: 'Personal risk period',
    days: (days) => `${days} days`,
    yes: 'Yes',
    no: 'No',
    unknown: '–',
    premiums: 'Annual premiums',
    salary: 'Annual reference salary',
    occupancyRate: 'Occupancy rate',
    employerPremium: 'Employer premium',
    personalPremium: 'Personal premium',
    totalPremium: 'Total premium',
    reserves: 'Reserves and benefits',
    vestedReserves: (date) => `Vested reserves at ${date}`,
    vestedReservesNote:
      'The vested reserves are the amount already built up at the reference date; you keep them if you leave your employer.',
    amountsNote: 'Gross amounts in euro, as your situation stood at the reference date.',
    portal: 'Your group insurance and your latest Benefit Statement online:',
    questions: "For any question, contact your employer's HR department.",
    printed: (date) => `Printed on ${date}`,
    fileName: 'benefit-statement',
  },
  de: {
    colon: ':',
    title: (year) => `Benefit Statement ${year}`,
    subtitle: 'Gruppenversicherung – Leistungsübersicht',
    insurer: 'Versicherer',
    employer: 'Arbeitgeber',
    enterpriseNumber: 'Unternehmensnummer',
    affiliate: 'Versicherte Person',
    nationalNumber: { national: 'Nationalregisternummer', bis: 'BIS-Nummer', missing: 'nicht mitgeteilt' },
    birthDate: 'Geburtsdatum',
    contract: 'Vertrag',
    plan: { classic: 'klassischer Plan', cafeteria: 'Cafeteria-Plan' },
    referenceDate: 'Stichtag',
    issueDate: 'Ausstellungsdatum',
    guarantees: 'Garantien',
    retirementCapital: 'Pensionskapital (voraussichtlich zum Endtermin)',
    deathCapital: 'Todesfallkapital',
    disabilityAnnuity: 'Invaliditätsrente (pro Jahr)',
    premiumWaiver: 'Prämienbefreiung bei Invalidität',
    personalRiskPeriod: 'Karenzzeit',
    days: (days) => `${days} Tage`,
    yes: 'Ja',
    no: 'Nein',
    unknown: '–',
    premiums: 'Jährliche Prämien',
    salary: 'Jährliches Referenzgehalt',
    occupancyRate: 'Beschäftigungsgrad',
    employerPremium: 'Arbeitgeberprämie',
    personalPremium: 'Persönliche Prämie',
    totalPremium: 'Gesamtprämie',
    reserves: 'Reserven und Leistungen',
    vestedReserves: (date) => `Erworbene Reserven zum ${date}`,
    vestedReservesNote:
      'Die erworbenen Reserven sind der zum Stichtag bereits angesparte Betrag; sie bleiben Ihnen erhalten, wenn Sie Ihren Arbeitgeber verlassen.',
    amountsNote: 'Bruttobeträge in Euro, gemäß Ihrer Situation zum Stichtag.',
    portal: 'Ihre Gruppenversicherung und Ihr letztes Benefit Statement online:',
    questions: 'Bei Fragen wenden Sie sich bitte an die Personalabteilung Ihres Arbeitgebers.',
    printed: (date) => `Gedruckt am ${date}`,
    fileName: 'benefit-statement',
  },
};
