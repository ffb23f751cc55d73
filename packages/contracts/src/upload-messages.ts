import type { UiLanguage } from '@groupdesk/domain';
import type { UploadRowMessage, UploadRowMessageCode } from './insured-list-upload';

/**
 * The messages of an upload's rows, shown in the preview and written into the report's message column.
 * `{name}` placeholders are filled from the message's params.
 */
export const uploadRowMessages = {
  'email.invalid': {
    en: 'Not a valid e-mail address: {email}. The row is not applied.',
    fr: "Adresse e-mail non valide : {email}. La ligne n'est pas appliquée.",
    nl: 'Geen geldig e-mailadres: {email}. De rij wordt niet toegepast.',
  },
  'email.tooLong': {
    en: 'An e-mail address has 254 characters at most. The row is not applied.',
    fr: "Une adresse e-mail compte 254 caractères au plus. La ligne n'est pas appliquée.",
    nl: 'Een e-mailadres telt hoogstens 254 tekens. De rij wordt niet toegepast.',
  },
  'email.duplicateInFile': {
    en: 'The same address is given to another affiliate on row(s) {rows}. Each affiliate needs an address of their own.',
    fr: 'La même adresse est donnée à un autre affilié à la ou aux ligne(s) {rows}. Chaque affilié doit avoir sa propre adresse.',
    nl: 'Hetzelfde adres wordt op rij(en) {rows} aan een andere aangeslotene gegeven. Elke aangeslotene heeft een eigen adres nodig.',
  },
  'email.heldByOther': {
    en: 'This address is already recorded for another affiliate ({name}).',
    fr: 'Cette adresse est déjà enregistrée pour un autre affilié ({name}).',
    nl: 'Dit adres is al geregistreerd voor een andere aangeslotene ({name}).',
  },
  'row.duplicateAffiliate': {
    en: 'This affiliate appears again on row(s) {rows} with another address. Keep one row.',
    fr: 'Cet affilié figure aussi à la ou aux ligne(s) {rows} avec une autre adresse. Gardez une seule ligne.',
    nl: 'Deze aangeslotene staat ook op rij(en) {rows} met een ander adres. Behoud één rij.',
  },
  'row.unknown': {
    en: 'No affiliate of this employer matches this row. It is ignored.',
    fr: 'Aucun affilié de cet employeur ne correspond à cette ligne. Elle est ignorée.',
    nl: 'Geen aangeslotene van deze werkgever komt overeen met deze rij. Ze wordt genegeerd.',
  },
  'row.outOfScope': {
    en: 'This affiliate is outside the contracts you may manage. The row is ignored.',
    fr: 'Cet affilié relève de contrats que vous ne pouvez pas gérer. La ligne est ignorée.',
    nl: 'Deze aangeslotene valt buiten de contracten die u mag beheren. De rij wordt genegeerd.',
  },
  'row.protectedEdited': {
    en: 'Only the professional e-mail is read: the change to {columns} is ignored. Ask your account manager to correct it.',
    fr: "Seul l'e-mail professionnel est lu : la modification de {columns} est ignorée. Demandez à votre gestionnaire de la corriger.",
    nl: 'Alleen het professionele e-mailadres wordt gelezen: de wijziging van {columns} wordt genegeerd. Vraag uw accountbeheerder om ze te verbeteren.',
  },
  'row.left': {
    en: 'This affiliate has left: the address is recorded, but no invitation is sent.',
    fr: "Cet affilié est sorti : l'adresse est enregistrée, mais aucune invitation n'est envoyée.",
    nl: 'Deze aangeslotene is uit dienst: het adres wordt geregistreerd, maar er wordt geen uitnodiging verstuurd.',
  },
  'email.changedSinceExport': {
    en: 'The address was changed in groupdesk after the export (now {email}). Choose which one to keep.',
    fr: "L'adresse a été modifiée dans groupdesk après l'export (actuellement {email}). Choisissez celle à garder.",
    nl: 'Het adres werd na de export in groupdesk gewijzigd (nu {email}). Kies welk adres u behoudt.',
  },
  'nationalNumber.leadingZero': {
    en: 'The national number had lost its leading zero; it was recognised.',
    fr: 'Le numéro national avait perdu son zéro initial ; il a été reconnu.',
    nl: 'Het rijksregisternummer was zijn voorloopnul kwijt; het werd herkend.',
  },
} as const satisfies Record<UploadRowMessageCode, Record<UiLanguage, string>>;

/** Which messages stop a row (error), which ask for a choice (conflict), which only inform (warning, info). */
export const uploadRowMessageLevel: Record<UploadRowMessageCode, 'error' | 'conflict' | 'warning' | 'info'> =
  {
    'email.invalid': 'error',
    'email.tooLong': 'error',
    'email.duplicateInFile': 'error',
    'email.heldByOther': 'error',
    'row.duplicateAffiliate': 'error',
    'row.unknown': 'warning',
    'row.outOfScope': 'warning',
    'row.protectedEdited': 'warning',
    'row.left': 'info',
    'email.changedSinceExport': 'conflict',
    'nationalNumber.leadingZero': 'info',
  };

export function formatUploadRowMessage(message: UploadRowMessage, language: UiLanguage): string {
  return uploadRowMessages[message.code][language].replace(
    /\{(\w+)\}/g,
    (whole, name: string) => message.params[name] ?? whole,
  );
}
