import type { EmailLanguage, Template } from '../emails/email-templates';

export type EmployerNotificationEmailKind =
  | 'employer-upload-applied'
  | 'employer-statements-available'
  | 'employer-access-granted'
  | 'employer-access-changed'
  | 'employer-access-revoked';

// To the address of the extranet agreement (seeds 001_…): news of the platform for the whole organisation,
// best a distribution list. Values in the employer's language are written when the e-mail is queued.
export const employerNotificationTexts: Record<
  EmailLanguage,
  Record<EmployerNotificationEmailKind, Template>
> = {
  fr: {
    'employer-upload-applied': {
      subject: 'Liste des assurés appliquée pour {employerName}',
      paragraphs: [
        '{actorName} a appliqué une liste des assurés complétée pour {employerName} : {applied} adresse(s) e-mail professionnelle(s) enregistrée(s).',
        'Chaque adresse reçoit une confirmation ; les affiliés en service qui ne sont pas encore inscrits seront invités sur le portail.',
      ],
      action: 'Ouvrir groupdesk',
      linksTo: 'app',
    },
    'employer-statements-available': {
      subject: 'Nouveaux Benefit Statements {year} pour {employerName}',
      paragraphs: [
        '{count} nouveau(x) Benefit Statement(s) {year} des affiliés de {employerName} sont disponibles dans groupdesk.',
        'Vous pouvez les consulter et les imprimer pour les travailleurs qui souhaitent une version papier. Les affiliés en sont avertis par e-mail.',
      ],
      action: 'Ouvrir groupdesk',
      linksTo: 'app',
    },
    'employer-access-granted': {
      subject: 'Accès à groupdesk accordé à {userName}',
      paragraphs: [
        '{actorName} a donné à {userName} ({userEmail}) un accès à groupdesk pour {employerName} : {access}, {scope}{until}.',
        'Le suivi de cet accès est de la responsabilité du Master User.',
      ],
    },
    'employer-access-changed': {
      subject: 'Accès à groupdesk modifié pour {userName}',
      paragraphs: [
        '{actorName} a modifié l’accès de {userName} ({userEmail}) à groupdesk pour {employerName}. Désormais : {access}, {scope}{until}.',
        'Le suivi de cet accès est de la responsabilité du Master User.',
      ],
    },
    'employer-access-revoked': {
      subject: 'Accès à groupdesk retiré à {userName}',
      paragraphs: [
        '{actorName} a retiré l’accès de {userName} ({userEmail}) à groupdesk pour {employerName}.',
        'Ses sessions ouvertes pour {employerName} ont pris fin.',
      ],
    },
  },
  nl: {
    'employer-upload-applied': {
      subject: 'Lijst van verzekerden toegepast voor {employerName}',
      paragraphs: [
        '{actorName} heeft een aangevulde lijst van verzekerden toegepast voor {employerName}: {applied} professioneel(e) e-mailadres(sen) geregistreerd.',
        'Elk adres krijgt een bevestiging; aangeslotenen in dienst die nog niet geregistreerd zijn, worden uitgenodigd op het portaal.',
      ],
      action: 'groupdesk openen',
      linksTo: 'app',
    },
    'employer-statements-available': {
      subject: 'Nieuwe Benefit Statements {year} voor {employerName}',
      paragraphs: [
        '{count} nieuwe Benefit Statement(s) {year} van de aangeslotenen van {employerName} zijn beschikbaar in groupdesk.',
        'U kunt ze raadplegen en afdrukken voor werknemers die een papieren versie wensen. De aangeslotenen krijgen een e-mail.',
      ],
      action: 'groupdesk openen',
      linksTo: 'app',
    },
    'employer-access-granted': {
      subject: 'Toegang tot groupdesk gegeven aan {userName}',
      paragraphs: [
        '{actorName} gaf {userName} ({userEmail}) toegang tot groupdesk voor {employerName}: {access}, {scope}{until}.',
        'De opvolging van deze toegang is de verantwoordelijkheid van de Master User.',
      ],
    },
    'employer-access-changed': {
      subject: 'Toegang tot groupdesk gewijzigd voor {userName}',
      paragraphs: [
        '{actorName} heeft de toegang van {userName} ({userEmail}) tot groupdesk voor {employerName} gewijzigd. Voortaan: {access}, {scope}{until}.',
        'De opvolging van deze toegang is de verantwoordelijkheid van de Master User.',
      ],
    },
    'employer-access-revoked': {
      subject: 'Toegang tot groupdesk ingetrokken voor {userName}',
      paragraphs: [
        '{actorName} heeft de toegang van {userName} ({userEmail}) tot groupdesk voor {employerName} ingetrokken.',
        'Zijn of haar open sessies voor {employerName} zijn beëindigd.',
      ],
    },
  },
  en: {
    'employer-upload-applied': {
      subject: 'Insured list applied for {employerName}',
      paragraphs: [
        '{actorName} applied a completed insured list for {employerName}: {applied} professional e-mail address(es) recorded.',
        'Each address gets a confirmation; affiliates in service who have not registered yet will be invited to the portal.',
      ],
      action: 'Open groupdesk',
      linksTo: 'app',
    },
    'employer-statements-available': {
      subject: 'New {year} Benefit Statements for {employerName}',
      paragraphs: [
        '{count} new {year} Benefit Statement(s) of the affiliates of {employerName} are available in groupdesk.',
        'You can see them and print them for workers who want paper. The affiliates are told by e-mail.',
      ],
      action: 'Open groupdesk',
      linksTo: 'app',
    },
    'employer-access-granted': {
      subject: 'groupdesk access granted to {userName}',
      paragraphs: [
        '{actorName} gave {userName} ({userEmail}) access to groupdesk for {employerName}: {access}, {scope}{until}.',
        'Following up this access is the responsibility of the Master User.',
      ],
    },
    'employer-access-changed': {
      subject: 'groupdesk access changed for {userName}',
      paragraphs: [
        '{actorName} changed the groupdesk access of {userName} ({userEmail}) for {employerName}. From now on: {access}, {scope}{until}.',
        'Following up this access is the responsibility of the Master User.',
      ],
    },
    'employer-access-revoked': {
      subject: 'groupdesk access revoked for {userName}',
      paragraphs: [
        '{actorName} revoked the groupdesk access of {userName} ({userEmail}) for {employerName}.',
        'Their open sessions for {employerName} have ended.',
      ],
    },
  },
  de: {
    'employer-upload-applied': {
      subject: 'Versichertenliste für {employerName} übernommen',
      paragraphs: [
        '{actorName} hat eine ergänzte Versichertenliste für {employerName} übernommen: {applied} berufliche E-Mail-Adresse(n) registriert.',
        'Jede Adresse erhält eine Bestätigung; Angeschlossene im Dienst, die noch nicht registriert sind, werden zum Portal eingeladen.',
      ],
      action: 'groupdesk öffnen',
      linksTo: 'app',
    },
    'employer-statements-available': {
      subject: 'Neue Benefit Statements {year} für {employerName}',
      paragraphs: [
        '{count} neue(s) Benefit Statement(s) {year} der Angeschlossenen von {employerName} sind in groupdesk verfügbar.',
        'Sie können sie einsehen und für Arbeitnehmer drucken, die eine Papierfassung wünschen. Die Angeschlossenen werden per E-Mail benachrichtigt.',
      ],
      action: 'groupdesk öffnen',
      linksTo: 'app',
    },
    'employer-access-granted': {
      subject: 'groupdesk-Zugang für {userName} erteilt',
      paragraphs: [
        '{actorName} hat {userName} ({userEmail}) Zugang zu groupdesk für {employerName} erteilt: {access}, {scope}{until}.',
        'Die Nachverfolgung dieses Zugangs liegt in der Verantwortung des Master Users.',
      ],
    },
    'employer-access-changed': {
      subject: 'groupdesk-Zugang von {userName} geändert',
      paragraphs: [
        '{actorName} hat den groupdesk-Zugang von {userName} ({userEmail}) für {employerName} geändert. Ab jetzt: {access}, {scope}{until}.',
        'Die Nachverfolgung dieses Zugangs liegt in der Verantwortung des Master Users.',
      ],
    },
    'employer-access-revoked': {
      subject: 'groupdesk-Zugang von {userName} entzogen',
      paragraphs: [
        '{actorName} hat den groupdesk-Zugang von {userName} ({userEmail}) für {employerName} entzogen.',
        'Die offenen Sitzungen für {employerName} wurden beendet.',
      ],
    },
  },
};
