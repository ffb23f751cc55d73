import type { EmailLanguage, Template } from '../emails/email-templates';

export type UserAccessEmailKind = 'user-access-granted';

// To someone who already has a password: no link to set one, only the way in (seeds 001_…: access
// e-mails go to the address on the user form and serve only that purpose).
export const userAccessTexts: Record<EmailLanguage, Record<UserAccessEmailKind, Template>> = {
  fr: {
    'user-access-granted': {
      subject: 'Nouvel accès à groupdesk pour {employerName}',
      paragraphs: [
        'Un accès à groupdesk, l’espace employeur de {insurerName}, vous a été donné pour {employerName}.',
        'Connectez-vous avec votre adresse e-mail et votre mot de passe habituels : {employerName} figure désormais parmi vos employeurs.',
      ],
      action: 'Me connecter',
      linksTo: 'app',
    },
  },
  nl: {
    'user-access-granted': {
      subject: 'Nieuwe toegang tot groupdesk voor {employerName}',
      paragraphs: [
        'U kreeg toegang tot groupdesk, de werkgeversomgeving van {insurerName}, voor {employerName}.',
        'Meld u aan met uw gewone e-mailadres en wachtwoord: {employerName} staat nu bij uw werkgevers.',
      ],
      action: 'Aanmelden',
      linksTo: 'app',
    },
  },
  en: {
    'user-access-granted': {
      subject: 'New groupdesk access for {employerName}',
      paragraphs: [
        'You were given access to groupdesk, the employer space of {insurerName}, for {employerName}.',
        'Log in with your usual e-mail address and password: {employerName} is now among your employers.',
      ],
      action: 'Log in',
      linksTo: 'app',
    },
  },
  de: {
    'user-access-granted': {
      subject: 'Neuer groupdesk-Zugang für {employerName}',
      paragraphs: [
        'Sie haben Zugang zu groupdesk, dem Arbeitgeberbereich von {insurerName}, für {employerName} erhalten.',
        'Melden Sie sich mit Ihrer gewohnten E-Mail-Adresse und Ihrem Passwort an: {employerName} steht jetzt bei Ihren Arbeitgebern.',
      ],
      action: 'Anmelden',
      linksTo: 'app',
    },
  },
};
