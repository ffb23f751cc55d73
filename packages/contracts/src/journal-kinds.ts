import type { UiLanguage } from '@groupdesk/domain';

/**
 * The kinds of journal entry the application writes, with their name in each language: the journal page
 * and its export name them alike. A kind missing here (a new one) is shown as its code.
 */
export const journalKindLabels = {
  'affiliate.updated': {
    en: 'Affiliate data changed',
    fr: "Données de l'affilié modifiées",
    nl: 'Gegevens van de aangeslotene gewijzigd',
  },
  'affiliate.portal-registration': {
    en: 'Registered on the employee portal',
    fr: 'Inscription sur le portail salarié',
    nl: 'Registratie op het werknemersportaal',
  },
  'affiliate.viewed': {
    en: 'Affiliate record viewed',
    fr: "Fiche de l'affilié consultée",
    nl: 'Fiche van de aangeslotene geraadpleegd',
  },
  'affiliates.listed': {
    en: 'Affiliate list viewed',
    fr: 'Liste des affiliés consultée',
    nl: 'Lijst van aangeslotenen geraadpleegd',
  },
  'affiliate.statements-viewed': {
    en: 'Benefit statements viewed',
    fr: 'Fiches de pension consultées',
    nl: 'Pensioenfiches geraadpleegd',
  },
  'emails.listed': {
    en: 'E-mail log viewed',
    fr: 'Journal des e-mails consulté',
    nl: 'E-maillogboek geraadpleegd',
  },
  'email.cancelled': { en: 'E-mail cancelled', fr: 'E-mail annulé', nl: 'E-mail geannuleerd' },
  'invitation.resent': {
    en: 'Portal invitation sent again',
    fr: 'Invitation au portail renvoyée',
    nl: 'Uitnodiging voor het portaal opnieuw verstuurd',
  },
  'insured-list.applied': {
    en: 'Insured list applied',
    fr: 'Liste des assurés appliquée',
    nl: 'Lijst van verzekerden toegepast',
  },
  'insured-list.undone': {
    en: 'Insured list undone',
    fr: 'Liste des assurés annulée',
    nl: 'Lijst van verzekerden ongedaan gemaakt',
  },
  'upload.rows-viewed': {
    en: 'Upload preview viewed',
    fr: "Aperçu d'un chargement consulté",
    nl: 'Voorbeeld van een upload geraadpleegd',
  },
  'action.file-downloaded': {
    en: 'File downloaded',
    fr: 'Fichier téléchargé',
    nl: 'Bestand gedownload',
  },
  'report.missing-national-numbers': {
    en: 'Missing national numbers report downloaded',
    fr: 'Rapport des numéros nationaux manquants téléchargé',
    nl: 'Rapport van ontbrekende rijksregisternummers gedownload',
  },
  'statement.issued': {
    en: 'Benefit statement issued',
    fr: 'Fiche de pension émise',
    nl: 'Pensioenfiche uitgegeven',
  },
  'statement.updated': {
    en: 'Benefit statement corrected',
    fr: 'Fiche de pension corrigée',
    nl: 'Pensioenfiche verbeterd',
  },
  'statement.printed': {
    en: 'Benefit statement printed',
    fr: 'Fiche de pension imprimée',
    nl: 'Pensioenfiche afgedrukt',
  },
  'statements.printed': {
    en: 'Benefit statements printed',
    fr: 'Fiches de pension imprimées',
    nl: 'Pensioenfiches afgedrukt',
  },
  'affiliate.affiliated': {
    en: 'New affiliation',
    fr: 'Nouvelle affiliation',
    nl: 'Nieuwe aansluiting',
  },
  'affiliate.occupancy-rate': {
    en: 'Occupancy rate changed',
    fr: "Taux d'occupation modifié",
    nl: 'Tewerkstellingsgraad gewijzigd',
  },
  'affiliate.family-situation': {
    en: 'Family situation changed',
    fr: 'Situation familiale modifiée',
    nl: 'Gezinssituatie gewijzigd',
  },
  'affiliate.category': { en: 'Category changed', fr: 'Catégorie modifiée', nl: 'Categorie gewijzigd' },
  'affiliate.suspension': {
    en: 'Employment contract suspended',
    fr: 'Contrat de travail suspendu',
    nl: 'Arbeidsovereenkomst geschorst',
  },
  'affiliate.suspension-end': { en: 'Return to work', fr: 'Reprise du travail', nl: 'Werkhervatting' },
  'affiliate.exit': { en: 'Exit', fr: 'Sortie de service', nl: 'Uitdiensttreding' },
  'affiliate.exit-effective': {
    en: 'Exit took effect',
    fr: 'Sortie de service effective',
    nl: 'Uitdiensttreding van kracht',
  },
  'affiliate.acceptance-decided': {
    en: 'Medical acceptance decided',
    fr: 'Acceptation médicale décidée',
    nl: 'Over de medische aanvaarding beslist',
  },
  'affiliate.change-effective': {
    en: 'Change recorded ahead took effect',
    fr: 'Changement enregistré à l’avance devenu effectif',
    nl: 'Vooraf geregistreerde wijziging van kracht',
  },
  'affiliate.events-viewed': {
    en: 'Affiliate history viewed',
    fr: "Historique de l'affilié consulté",
    nl: 'Historiek van de aangeslotene geraadpleegd',
  },
  'incapacity.declared': {
    en: 'Incapacity to work declared',
    fr: 'Incapacité de travail déclarée',
    nl: 'Arbeidsongeschiktheid aangemeld',
  },
  'incapacity.closed': {
    en: 'Return to work after incapacity',
    fr: 'Reprise du travail après incapacité',
    nl: 'Werkhervatting na arbeidsongeschiktheid',
  },
  'incapacities.listed': {
    en: 'Incapacities viewed',
    fr: 'Incapacités consultées',
    nl: 'Arbeidsongeschiktheden geraadpleegd',
  },
  'journal.viewed': { en: 'Journal viewed', fr: 'Journal consulté', nl: 'Logboek geraadpleegd' },
  'journal.exported': { en: 'Journal exported', fr: 'Journal exporté', nl: 'Logboek geëxporteerd' },
  'session.login': { en: 'Logged in', fr: 'Connexion', nl: 'Aangemeld' },
  'user.access-granted': { en: 'Access granted', fr: 'Accès accordé', nl: 'Toegang gegeven' },
  'user.access-changed': { en: 'Access changed', fr: 'Accès modifié', nl: 'Toegang gewijzigd' },
  'user.access-revoked': { en: 'Access revoked', fr: 'Accès retiré', nl: 'Toegang ingetrokken' },
  'user.invitation-resent': {
    en: 'Access invitation sent again',
    fr: "Invitation d'accès renvoyée",
    nl: 'Uitnodiging voor toegang opnieuw verstuurd',
  },
  'user.password-set': {
    en: 'Password set from a link',
    fr: 'Mot de passe choisi via un lien',
    nl: 'Wachtwoord gekozen via een link',
  },
  'user.password-changed': { en: 'Password changed', fr: 'Mot de passe changé', nl: 'Wachtwoord gewijzigd' },
  'user.password-reset-requested': {
    en: 'New password asked for',
    fr: 'Nouveau mot de passe demandé',
    nl: 'Nieuw wachtwoord aangevraagd',
  },
  'user.two-factor-enabled': {
    en: 'Two-factor sign-in switched on',
    fr: 'Connexion en deux étapes activée',
    nl: 'Aanmelden in twee stappen ingeschakeld',
  },
  'user.two-factor-disabled': {
    en: 'Two-factor sign-in switched off',
    fr: 'Connexion en deux étapes désactivée',
    nl: 'Aanmelden in twee stappen uitgeschakeld',
  },
  'user.sessions-ended': { en: 'Sessions ended', fr: 'Sessions fermées', nl: 'Sessies beëindigd' },
  'employer.notification-address-changed': {
    en: 'Notification address changed',
    fr: 'Adresse de notification modifiée',
    nl: 'Meldingsadres gewijzigd',
  },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type JournalKind = keyof typeof journalKindLabels;

export const isKnownJournalKind = (kind: string): kind is JournalKind =>
  Object.hasOwn(journalKindLabels, kind);

/** The kind's name in this language, or its code for a kind this list does not know yet. */
export const journalKindLabel = (kind: string, language: UiLanguage): string =>
  isKnownJournalKind(kind) ? journalKindLabels[kind][language] : kind;
