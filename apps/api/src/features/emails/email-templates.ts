import {
  type EmployerNotificationEmailKind,
  employerNotificationTexts,
} from '../notifications/employer-notification-texts';
import { type UserAccessEmailKind, userAccessTexts } from '../users/user-access-texts';

type OwnEmailKind = 'confirmation' | 'invitation' | 'statement-notice' | 'user-invitation' | 'password-reset';
/** The e-mails an affiliate, a user or an employer receives, in FR, NL, EN and DE (the recipient's language). */
export type EmailKind = OwnEmailKind | UserAccessEmailKind | EmployerNotificationEmailKind;
export type EmailLanguage = 'fr' | 'nl' | 'en' | 'de';

export interface EmailValues {
  /** the person greeted; empty for a user known by e-mail only */
  name: string;
  email: string;
  employerName: string;
  insurerName: string;
  portalUrl: string;
  /** a benefit statement's year */
  year?: string;
  /** a set-password or reset link, with how many hours it is valid */
  link?: string;
  hours?: string;
  /** groupdesk itself (APP_URL), for e-mails to users and employers */
  appUrl?: string;
  /** what an employer notification tells, written in the employer's language when it was queued */
  actorName?: string;
  userName?: string;
  userEmail?: string;
  access?: string;
  scope?: string;
  until?: string;
  applied?: string;
  count?: string;
}

export interface Template {
  subject: string;
  paragraphs: string[];
  /** the button's label; it links to `link`, else groupdesk when `linksTo` says so, else the portal */
  action?: string;
  linksTo?: 'app';
}

type Texts = Record<OwnEmailKind, Template> & { greeting: string; greetingNamed: string; signature: string };

// {placeholders} are filled from EmailValues; the seeds (000_…, questions 11, 12, 16) say what each e-mail is for
const texts: Record<EmailLanguage, Texts> = {
  fr: {
    greeting: 'Bonjour,',
    greetingNamed: 'Bonjour {name},',
    signature: "L'équipe {insurerName}",
    confirmation: {
      subject: 'Votre adresse e-mail professionnelle a été enregistrée',
      paragraphs: [
        '{employerName} a enregistré l’adresse {email} pour votre assurance de groupe auprès de {insurerName}.',
        'Vous recevrez à cette adresse les nouvelles de votre pension complémentaire, comme votre Benefit Statement annuel.',
        'Vous ne reconnaissez pas cette demande ? Contactez le service du personnel de {employerName}.',
      ],
    },
    invitation: {
      subject: 'Consultez votre assurance de groupe en ligne : inscrivez-vous',
      paragraphs: [
        '{employerName} vous donne accès en ligne à votre assurance de groupe auprès de {insurerName}.',
        'Inscrivez-vous sur le portail pour consulter votre dernier statut et votre Benefit Statement le plus récent. Lors de votre inscription, vous pouvez aussi renseigner une adresse e-mail privée : nous pourrons ainsi rester en contact après votre départ.',
      ],
      action: 'M’inscrire sur le portail',
    },
    'statement-notice': {
      subject: 'Votre Benefit Statement {year} est disponible',
      paragraphs: [
        'Votre nouveau Benefit Statement {year} pour votre assurance de groupe chez {employerName} est disponible.',
        'Vous le trouverez sur le portail, avec le statut de vos réserves et de vos garanties.',
      ],
      action: 'Consulter mon Benefit Statement',
    },
    'user-invitation': {
      subject: 'Votre accès à groupdesk pour {employerName}',
      paragraphs: [
        'Un accès à groupdesk, l’espace employeur de {insurerName}, vous a été donné pour {employerName}.',
        'Choisissez votre mot de passe avec le lien ci-dessous. Il est valable {hours} heures.',
      ],
      action: 'Choisir mon mot de passe',
    },
    'password-reset': {
      subject: 'Nouveau mot de passe pour groupdesk',
      paragraphs: [
        'Vous avez demandé un nouveau mot de passe pour groupdesk. Le lien ci-dessous est valable {hours} heures.',
        'Vous n’avez rien demandé ? Ignorez cet e-mail : votre mot de passe ne change pas.',
      ],
      action: 'Choisir un nouveau mot de passe',
    },
  },
  nl: {
    greeting: 'Goeiedag,',
    greetingNamed: 'Goeiedag {name},',
    signature: 'Het team van {insurerName}',
    confirmation: {
      subject: 'Uw professionele e-mailadres werd geregistreerd',
      paragraphs: [
        '{employerName} heeft het adres {email} geregistreerd voor uw groepsverzekering bij {insurerName}.',
        'Op dit adres ontvangt u het nieuws over uw aanvullend pensioen, zoals uw jaarlijkse Benefit Statement.',
        'Herkent u deze aanvraag niet? Neem contact op met de personeelsdienst van {employerName}.',
      ],
    },
    invitation: {
      subject: 'Raadpleeg uw groepsverzekering online: registreer u',
      paragraphs: [
        '{employerName} geeft u online toegang tot uw groepsverzekering bij {insurerName}.',
        'Registreer u op het portaal om uw laatste stand en uw meest recente Benefit Statement te raadplegen. Bij de registratie kunt u ook een privé e-mailadres opgeven: zo blijven we in contact, ook na uw vertrek.',
      ],
      action: 'Registreren op het portaal',
    },
    'statement-notice': {
      subject: 'Uw Benefit Statement {year} is beschikbaar',
      paragraphs: [
        'Uw nieuwe Benefit Statement {year} voor uw groepsverzekering bij {employerName} is beschikbaar.',
        'U vindt het op het portaal, met de stand van uw reserves en waarborgen.',
      ],
      action: 'Mijn Benefit Statement bekijken',
    },
    'user-invitation': {
      subject: 'Uw toegang tot groupdesk voor {employerName}',
      paragraphs: [
        'U kreeg toegang tot groupdesk, de werkgeversomgeving van {insurerName}, voor {employerName}.',
        'Kies uw wachtwoord met de link hieronder. Hij is {hours} uur geldig.',
      ],
      action: 'Mijn wachtwoord kiezen',
    },
    'password-reset': {
      subject: 'Nieuw wachtwoord voor groupdesk',
      paragraphs: [
        'U vroeg een nieuw wachtwoord voor groupdesk. De link hieronder is {hours} uur geldig.',
        'Niets gevraagd? Negeer deze e-mail: uw wachtwoord verandert niet.',
      ],
      action: 'Een nieuw wachtwoord kiezen',
    },
  },
  en: {
    greeting: 'Hello,',
    greetingNamed: 'Hello {name},',
    signature: 'The {insurerName} team',
    confirmation: {
      subject: 'Your work e-mail address has been recorded',
      paragraphs: [
        '{employerName} recorded the address {email} for your group insurance with {insurerName}.',
        'You will receive the news of your supplementary pension at this address, such as your yearly Benefit Statement.',
        'You do not recognise this? Contact the HR department of {employerName}.',
      ],
    },
    invitation: {
      subject: 'See your group insurance online: register now',
      paragraphs: [
        '{employerName} gives you online access to your group insurance with {insurerName}.',
        'Register on the portal to see your latest status and your most recent Benefit Statement. When you register, you can also give a private e-mail address, so that we stay in touch after you leave.',
      ],
      action: 'Register on the portal',
    },
    'statement-notice': {
      subject: 'Your {year} Benefit Statement is available',
      paragraphs: [
        'Your new {year} Benefit Statement for your group insurance at {employerName} is available.',
        'You will find it on the portal, with the status of your reserves and guarantees.',
      ],
      action: 'See my Benefit Statement',
    },
    'user-invitation': {
      subject: 'Your groupdesk access for {employerName}',
      paragraphs: [
        'You were given access to groupdesk, the employer space of {insurerName}, for {employerName}.',
        'Choose your password with the link below. It is valid for {hours} hours.',
      ],
      action: 'Choose my password',
    },
    'password-reset': {
      subject: 'New password for groupdesk',
      paragraphs: [
        'You asked for a new groupdesk password. The link below is valid for {hours} hours.',
        'You did not ask? Ignore this e-mail: your password does not change.',
      ],
      action: 'Choose a new password',
    },
  },
  de: {
    greeting: 'Guten Tag,',
    greetingNamed: 'Guten Tag {name},',
    signature: 'Ihr {insurerName}-Team',
    confirmation: {
      subject: 'Ihre berufliche E-Mail-Adresse wurde registriert',
      paragraphs: [
        '{employerName} hat die Adresse {email} für Ihre Gruppenversicherung bei {insurerName} registriert.',
        'An diese Adresse erhalten Sie Neuigkeiten zu Ihrer Zusatzrente, etwa Ihr jährliches Benefit Statement.',
        'Sie erkennen diese Anfrage nicht? Wenden Sie sich an die Personalabteilung von {employerName}.',
      ],
    },
    invitation: {
      subject: 'Ihre Gruppenversicherung online: jetzt registrieren',
      paragraphs: [
        '{employerName} gibt Ihnen Online-Zugang zu Ihrer Gruppenversicherung bei {insurerName}.',
        'Registrieren Sie sich im Portal, um Ihren aktuellen Stand und Ihr neuestes Benefit Statement einzusehen. Bei der Registrierung können Sie auch eine private E-Mail-Adresse angeben, damit wir auch nach Ihrem Ausscheiden in Kontakt bleiben.',
      ],
      action: 'Im Portal registrieren',
    },
    'statement-notice': {
      subject: 'Ihr Benefit Statement {year} ist verfügbar',
      paragraphs: [
        'Ihr neues Benefit Statement {year} für Ihre Gruppenversicherung bei {employerName} ist verfügbar.',
        'Sie finden es im Portal, mit dem Stand Ihrer Reserven und Garantien.',
      ],
      action: 'Mein Benefit Statement ansehen',
    },
    'user-invitation': {
      subject: 'Ihr groupdesk-Zugang für {employerName}',
      paragraphs: [
        'Sie haben Zugang zu groupdesk, dem Arbeitgeberbereich von {insurerName}, für {employerName} erhalten.',
        'Wählen Sie Ihr Passwort über den Link unten. Er ist {hours} Stunden gültig.',
      ],
      action: 'Mein Passwort wählen',
    },
    'password-reset': {
      subject: 'Neues Passwort für groupdesk',
      paragraphs: [
        'Sie haben ein neues Passwort für groupdesk angefordert. Der Link unten ist {hours} Stunden gültig.',
        'Sie haben nichts angefordert? Ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
      ],
      action: 'Ein neues Passwort wählen',
    },
  },
};

const fill = (text: string, values: EmailValues) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key as keyof EmailValues] ?? whole));

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );

/** Subject, plain text and HTML of an e-mail; every value is escaped in the HTML. */
export function renderEmail(kind: EmailKind, language: EmailLanguage, values: EmailValues) {
  const t = texts[language];
  const template: Template = { ...userAccessTexts[language], ...employerNotificationTexts[language], ...t }[
    kind
  ];
  const greeting = fill(values.name ? t.greetingNamed : t.greeting, values);
  const paragraphs = template.paragraphs.map((paragraph) => fill(paragraph, values));
  const signature = fill(t.signature, values);
  const link = values.link ?? (template.linksTo === 'app' ? values.appUrl : undefined) ?? values.portalUrl;
  const action = template.action ? fill(template.action, values) : null;
  const text = [greeting, ...paragraphs, ...(action ? [`${action}: ${link}`] : []), signature].join('\n\n');
  const html = `<!doctype html><html lang="${language}"><body style="font-family:Arial,sans-serif;color:#1b2a3a;line-height:1.5;max-width:560px">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
${action ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 18px;background:#1c5d99;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(action)}</a></p>` : ''}
<p>${escapeHtml(signature)}</p>
</body></html>`;
  return { subject: fill(template.subject, values), text, html };
}
