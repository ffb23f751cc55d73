import type { UiLanguage } from '@groupdesk/domain';

/**
 * Validation messages by stable key. The schemas carry the key as their message; the API answers in English
 * with the key as `code`, and the SPA shows the same key in the user's language.
 */
export const validationMessages = {
  required: { en: 'This field is required.', fr: 'Ce champ est obligatoire.', nl: 'Dit veld is verplicht.' },
  invalid_type: {
    en: 'This value has the wrong type.',
    fr: "Cette valeur n'a pas le bon type.",
    nl: 'Deze waarde heeft het verkeerde type.',
  },
  too_long: {
    en: 'This value is too long.',
    fr: 'Cette valeur est trop longue.',
    nl: 'Deze waarde is te lang.',
  },
  too_short: {
    en: 'This value is too short.',
    fr: 'Cette valeur est trop courte.',
    nl: 'Deze waarde is te kort.',
  },
  too_big: { en: 'This number is too large.', fr: 'Ce nombre est trop grand.', nl: 'Dit getal is te groot.' },
  too_small: {
    en: 'This number is too small.',
    fr: 'Ce nombre est trop petit.',
    nl: 'Dit getal is te klein.',
  },
  unknown_field: {
    en: 'This field is not accepted.',
    fr: "Ce champ n'est pas accepté.",
    nl: 'Dit veld wordt niet aanvaard.',
  },
  invalid_value: {
    en: 'This value is not one of the accepted values.',
    fr: 'Cette valeur ne fait pas partie des valeurs acceptées.',
    nl: 'Deze waarde is niet toegelaten.',
  },
  invalid_id: {
    en: 'This identifier is malformed.',
    fr: 'Cet identifiant est mal formé.',
    nl: 'Deze identificatie is ongeldig.',
  },
  'email.invalid': {
    en: 'Enter a valid e-mail address, e.g. name@company.be.',
    fr: 'Saisissez une adresse e-mail valide, par ex. nom@entreprise.be.',
    nl: 'Geef een geldig e-mailadres in, bv. naam@bedrijf.be.',
  },
  'nationalNumber.format': {
    en: 'A national or BIS number has 11 digits: YY.MM.DD-SSS.CC.',
    fr: 'Un numéro national ou BIS compte 11 chiffres : AA.MM.JJ-SSS.CC.',
    nl: 'Een rijksregister- of BIS-nummer telt 11 cijfers: JJ.MM.DD-SSS.CC.',
  },
  'nationalNumber.checksum': {
    en: 'This number fails the check digits (mod 97): check for a typing error.',
    fr: 'Les chiffres de contrôle (modulo 97) ne correspondent pas : vérifiez une faute de frappe.',
    nl: 'De controlecijfers (modulo 97) kloppen niet: controleer op een tikfout.',
  },
  'nationalNumber.date': {
    en: 'The birth date in this number does not exist.',
    fr: "La date de naissance contenue dans ce numéro n'existe pas.",
    nl: 'De geboortedatum in dit nummer bestaat niet.',
  },
  'nationalNumber.sequence': {
    en: 'The sequence number (SSS) must be between 001 and 998.',
    fr: "Le numéro d'ordre (SSS) doit être compris entre 001 et 998.",
    nl: 'Het volgnummer (SSS) moet tussen 001 en 998 liggen.',
  },
  'nationalNumber.taken': {
    en: 'This number is already recorded for another affiliate of this employer: search for it to see who.',
    fr: 'Ce numéro est déjà enregistré pour un autre affilié de cet employeur : recherchez-le pour voir lequel.',
    nl: 'Dit nummer is al geregistreerd voor een andere aangeslotene van deze werkgever: zoek het op om te zien wie.',
  },
  'nationalNumber.takenElsewhere': {
    en: 'This number is already recorded for an affiliate of another employer insured with us. If it is right, contact your account manager.',
    fr: "Ce numéro est déjà enregistré pour un affilié d'un autre employeur assuré chez nous. S'il est correct, contactez votre gestionnaire.",
    nl: 'Dit nummer is al geregistreerd voor een aangeslotene van een andere werkgever die bij ons verzekerd is. Als het juist is, neem contact op met uw accountmanager.',
  },
  'nationalNumber.takenOutOfScope': {
    en: 'This number is already recorded for an affiliate of this employer in a contract you do not manage. If it is right, ask a Master User of your employer.',
    fr: "Ce numéro est déjà enregistré pour un affilié de cet employeur dans un contrat que vous ne gérez pas. S'il est correct, adressez-vous à un Master User de votre employeur.",
    nl: 'Dit nummer is al geregistreerd voor een aangeslotene van deze werkgever in een contract dat u niet beheert. Als het juist is, wend u dan tot een Master User van uw werkgever.',
  },
  'nationalNumber.heldBefore': {
    en: 'This number belonged before to another affiliate of this employer, who has had another number since: a number belongs to one person only. Search for it to see who.',
    fr: "Ce numéro a appartenu à un autre affilié de cet employeur, qui a reçu un autre numéro depuis : un numéro n'appartient qu'à une seule personne. Recherchez-le pour voir lequel.",
    nl: 'Dit nummer behoorde vroeger toe aan een andere aangeslotene van deze werkgever, die intussen een ander nummer heeft: een nummer behoort maar aan één persoon toe. Zoek het op om te zien wie.',
  },
  'nationalNumber.heldBeforeElsewhere': {
    en: 'This number belonged before to another affiliate insured with us, whose record you cannot see: a number belongs to one person only. If it is right, contact your account manager.',
    fr: "Ce numéro a appartenu à un autre affilié assuré chez nous, dont vous ne voyez pas la fiche : un numéro n'appartient qu'à une seule personne. S'il est correct, contactez votre gestionnaire.",
    nl: 'Dit nummer behoorde vroeger toe aan een andere aangeslotene die bij ons verzekerd is en wiens gegevens u niet kunt zien: een nummer behoort maar aan één persoon toe. Als het juist is, neem contact op met uw accountmanager.',
  },
  'nationalNumber.nationalToBis': {
    en: 'A national register number is definitive: it cannot be replaced by a BIS number. Correct it with the right national register number.',
    fr: 'Un numéro de registre national est définitif : il ne peut pas être remplacé par un numéro BIS. Corrigez-le avec le bon numéro de registre national.',
    nl: 'Een rijksregisternummer is definitief: het kan niet door een BIS-nummer worden vervangen. Verbeter het met het juiste rijksregisternummer.',
  },
  'nationalNumber.birthDateMismatch': {
    en: "The birth date in this number is not the affiliate's: check the number, or ask your account manager to correct the birth date.",
    fr: "La date de naissance contenue dans ce numéro n'est pas celle de l'affilié : vérifiez le numéro, ou demandez à votre gestionnaire de corriger la date de naissance.",
    nl: 'De geboortedatum in dit nummer is niet die van de aangeslotene: controleer het nummer, of vraag uw accountmanager de geboortedatum te verbeteren.',
  },
  'nationalNumber.sexMismatch': {
    en: "The sex this number stands for is not the affiliate's: check the number, or ask your account manager to correct the record.",
    fr: "Le sexe indiqué par ce numéro n'est pas celui de l'affilié : vérifiez le numéro, ou demandez à votre gestionnaire de corriger la fiche.",
    nl: 'Het geslacht dat dit nummer aangeeft is niet dat van de aangeslotene: controleer het nummer, of vraag uw accountmanager de gegevens te verbeteren.',
  },
  'nationalNumber.removal': {
    en: 'A recorded number cannot be removed; correct it instead.',
    fr: 'Un numéro enregistré ne peut pas être supprimé ; corrigez-le.',
    nl: 'Een geregistreerd nummer kan niet worden verwijderd; verbeter het.',
  },
  'affiliation.startBeforeBirth': {
    en: 'The start date must come after the birth date.',
    fr: 'La date de début doit suivre la date de naissance.',
    nl: 'De begindatum moet na de geboortedatum liggen.',
  },
  'affiliation.duplicateContract': {
    en: 'This contract is already in the list.',
    fr: 'Ce contrat figure déjà dans la liste.',
    nl: 'Dit contract staat al in de lijst.',
  },
  'affiliation.otherOptionClassic': {
    en: 'Another option than the organizer’s exists only in a cafeteria plan.',
    fr: "Une autre option que celle de l'organisateur n'existe que dans un plan cafétéria.",
    nl: 'Een andere optie dan die van de inrichter bestaat alleen in een cafetariaplan.',
  },
  'contract.unknown': {
    en: 'This is not a contract of this employer within your access.',
    fr: "Ce n'est pas un contrat de cet employeur auquel vous avez accès.",
    nl: 'Dit is geen contract van deze werkgever waartoe u toegang hebt.',
  },
  'affiliateEvent.unchanged': {
    en: 'This is already the affiliate’s situation: there is no change to record.',
    fr: "C'est déjà la situation de l'affilié : il n'y a aucun changement à enregistrer.",
    nl: 'Dit is al de situatie van de aangeslotene: er is geen wijziging te registreren.',
  },
  'date.beforeAffiliation': {
    en: 'This date is before the affiliation.',
    fr: "Cette date précède l'affiliation.",
    nl: 'Deze datum ligt vóór de aansluiting.',
  },
  'date.beforeSuspension': {
    en: 'The return to work cannot come before the start of the suspension.',
    fr: 'La reprise du travail ne peut pas précéder le début de la suspension.',
    nl: 'De werkhervatting kan niet vóór het begin van de schorsing liggen.',
  },
  'date.future': {
    en: 'This date is in the future.',
    fr: 'Cette date est dans le futur.',
    nl: 'Deze datum ligt in de toekomst.',
  },
  'incapacity.assessedBeforeStart': {
    en: 'A doctor cannot assess the incapacity before its first day.',
    fr: "Un médecin ne peut pas constater l'incapacité avant son premier jour.",
    nl: 'Een arts kan de arbeidsongeschiktheid niet vóór de eerste dag vaststellen.',
  },
  'incapacity.endBeforeStart': {
    en: 'The last day of the incapacity cannot come before its first day.',
    fr: "Le dernier jour de l'incapacité ne peut pas précéder son premier jour.",
    nl: 'De laatste dag van de arbeidsongeschiktheid kan niet vóór de eerste dag liggen.',
  },
  whole_number: {
    en: 'This must be a whole number.',
    fr: 'Ce nombre doit être entier.',
    nl: 'Dit moet een geheel getal zijn.',
  },
  'medicalAcceptance.capitalsRequired': {
    en: "Above the Free Cover Limit, from 10 affiliates on, the organizer's death table needs the capital at risk and the insured life capital: the law allows medical formalities only when the capital at risk exceeds 150 % of the life capital.",
    fr: "Au-delà de la Free Cover Limit, à partir de 10 affiliés, le tableau décès de l'option de l'organisateur demande le capital sous risque et le capital-vie assuré : la loi ne permet des formalités médicales que si le capital sous risque dépasse 150 % du capital-vie.",
    nl: 'Boven de Free Cover Limit, vanaf 10 aangeslotenen, vraagt de overlijdenstabel van de optie van de inrichter het risicokapitaal en het verzekerde levenskapitaal: de wet laat medische formaliteiten alleen toe als het risicokapitaal meer dan 150 % van het levenskapitaal bedraagt.',
  },
  'medicalAcceptance.capitalsNotForDisability': {
    en: 'The capital at risk and the life capital apply to a death capital only: leave them out for a disability annuity.',
    fr: "Le capital sous risque et le capital-vie ne concernent qu'un capital décès : ne les indiquez pas pour une rente d'incapacité de travail.",
    nl: 'Het risicokapitaal en het levenskapitaal gelden alleen voor een overlijdenskapitaal: laat ze weg voor een arbeidsongeschiktheidsrente.',
  },
  'medicalAcceptance.capitalAtRiskAboveAmount': {
    en: 'The capital at risk is the death capital beyond the reserve: it cannot be more than the death capital.',
    fr: 'Le capital sous risque est la part du capital décès qui dépasse la réserve : il ne peut pas dépasser le capital décès.',
    nl: 'Het risicokapitaal is het deel van het overlijdenskapitaal boven de reserve: het kan niet hoger zijn dan het overlijdenskapitaal.',
  },
  'occupancyRate.twoDecimals': {
    en: 'An occupancy rate has at most two decimals.',
    fr: "Un taux d'occupation compte au plus deux décimales.",
    nl: 'Een tewerkstellingsgraad heeft hoogstens twee decimalen.',
  },
  'amount.negative': {
    en: 'An amount cannot be negative.',
    fr: 'Un montant ne peut pas être négatif.',
    nl: 'Een bedrag kan niet negatief zijn.',
  },
  'password.tooShort': {
    en: 'A password has at least 12 characters.',
    fr: 'Un mot de passe compte au moins 12 caractères.',
    nl: 'Een wachtwoord telt minstens 12 tekens.',
  },
  'password.sameAsEmail': {
    en: 'Choose a password that is not your e-mail address.',
    fr: 'Choisissez un mot de passe différent de votre adresse e-mail.',
    nl: 'Kies een wachtwoord dat niet uw e-mailadres is.',
  },
  'password.mismatch': {
    en: 'The two passwords are not the same.',
    fr: 'Les deux mots de passe ne sont pas identiques.',
    nl: 'De twee wachtwoorden zijn niet dezelfde.',
  },
  'password.wrong': {
    en: 'This is not your current password.',
    fr: "Ce n'est pas votre mot de passe actuel.",
    nl: 'Dit is niet uw huidige wachtwoord.',
  },
  'totp.invalid': {
    en: 'This code is not right, or it was used already. Wait for the next code and try again.',
    fr: 'Ce code est incorrect ou a déjà été utilisé. Attendez le code suivant et réessayez.',
    nl: 'Deze code is niet juist of werd al gebruikt. Wacht op de volgende code en probeer opnieuw.',
  },
  'endDate.past': {
    en: 'The end date cannot be in the past.',
    fr: 'La date de fin ne peut pas être dans le passé.',
    nl: 'De einddatum kan niet in het verleden liggen.',
  },
  'contractIds.required': {
    en: 'Choose at least one contract, or give access to all contracts.',
    fr: 'Choisissez au moins un contrat, ou donnez accès à tous les contrats.',
    nl: 'Kies minstens één contract, of geef toegang tot alle contracten.',
  },
  'contractIds.unknown': {
    en: 'One of these contracts is not a contract of this employer.',
    fr: "Un de ces contrats n'est pas un contrat de cet employeur.",
    nl: 'Een van deze contracten is geen contract van deze werkgever.',
  },
  'totp.code': {
    en: 'Enter the 6-digit code shown by your authenticator app.',
    fr: "Saisissez le code à 6 chiffres affiché par votre application d'authentification.",
    nl: 'Geef de 6-cijferige code in die uw authenticatie-app toont.',
  },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type ValidationMessageKey = keyof typeof validationMessages;

export function isValidationMessageKey(key: string): key is ValidationMessageKey {
  return Object.hasOwn(validationMessages, key);
}

/** The key of a zod issue: a custom message key when the schema set one, else one derived from its code. */
export function issueMessageKey(issue: {
  code: string;
  message: string;
  origin?: unknown;
  input?: unknown;
}): ValidationMessageKey {
  if (isValidationMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      // zod reports a missing field as an invalid type "received undefined"
      return issue.message.endsWith('received undefined') ? 'required' : 'invalid_type';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : 'too_big';
    case 'too_small':
      return issue.origin === 'string' ? (issue.input === '' ? 'required' : 'too_short') : 'too_small';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'invalid_value':
      return 'invalid_value';
    case 'invalid_format':
      return issue.message.includes('UUID') ? 'invalid_id' : 'invalid_value';
    default:
      return 'invalid_value';
  }
}
