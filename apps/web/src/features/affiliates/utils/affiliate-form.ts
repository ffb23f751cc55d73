import type { AffiliateDetail, AffiliatePatch, AffiliatePatchBody } from '@groupdesk/contracts';
import {
  formatNationalNumber,
  nationalNumberChangeRefusal,
  nationalNumberDisagreements,
  normalizeEmail,
  normalizeNationalNumber,
  parseNationalNumber,
} from '@groupdesk/domain';
import type { FieldErrors, Resolver, ResolverOptions } from 'react-hook-form';

/** What the form's inputs hold: text as typed, no nulls. */
export type AffiliateFormValues = Pick<AffiliateDetail, 'language'> & {
  professionalEmail: string;
  nationalNumber: string;
};

export function formValuesOf(affiliate: AffiliateDetail): AffiliateFormValues {
  return {
    professionalEmail: affiliate.professionalEmail ?? '',
    language: affiliate.language,
    nationalNumber: affiliate.nationalNumber ? formatNationalNumber(affiliate.nationalNumber) : '',
  };
}

const digitsOf = (nationalNumber: string) => normalizeNationalNumber(nationalNumber) ?? nationalNumber.trim();

/** Only what differs from the saved affiliate: retyping the same number in another layout is no change. */
export function changedFields(values: AffiliateFormValues, initial: AffiliateFormValues): AffiliatePatchBody {
  const patch: AffiliatePatchBody = {};
  if (normalizeEmail(values.professionalEmail) !== normalizeEmail(initial.professionalEmail)) {
    patch.professionalEmail = values.professionalEmail;
  }
  if (values.language !== initial.language) patch.language = values.language;
  if (digitsOf(values.nationalNumber) !== digitsOf(initial.nationalNumber))
    patch.nationalNumber = values.nationalNumber;
  return patch;
}

/** What the affiliate's record says of the person, against which a new number is checked. */
export type RecordedPerson = Pick<AffiliateDetail, 'birthDate' | 'sex' | 'nationalNumber'>;

type NumberRefusalKey =
  'nationalNumber.nationalToBis' | 'nationalNumber.birthDateMismatch' | 'nationalNumber.sexMismatch';

/**
 * The same refusals as the API's that the record alone decides: a BIS number in place of a national number,
 * a number that gives another birth date or sex than the person's. Who else holds a number only the API knows.
 */
export function numberRefusalKey(digits: string, person: RecordedPerson): NumberRefusalKey | null {
  const next = parseNationalNumber(digits);
  if (!next.ok) return null;
  const previous = person.nationalNumber ? parseNationalNumber(person.nationalNumber) : null;
  const previousNumber = previous?.ok ? previous.value : null;
  if (nationalNumberChangeRefusal(previousNumber?.kind ?? null, next.value.kind) === 'national-to-bis') {
    return 'nationalNumber.nationalToBis';
  }
  const found = nationalNumberDisagreements(next.value, {
    birthDate: person.birthDate,
    sex: person.sex,
    previous: previousNumber,
  });
  if (found.includes('birthDate')) return 'nationalNumber.birthDateMismatch';
  if (found.includes('sex')) return 'nationalNumber.sexMismatch';
  return null;
}

/**
 * Runs the API's patch schema on the changed fields only, so that an untouched empty number (an
 * affiliate who has none) is not reported as malformed. Clearing a recorded number is refused, and so
 * are a BIS number after a national one and a number that contradicts the person's birth date or sex, as
 * the API refuses them.
 */
export function validateChangesOnly(
  schemaResolver: Resolver<AffiliatePatchBody, unknown, AffiliatePatch>,
  initial: AffiliateFormValues,
  person: RecordedPerson,
): Resolver<AffiliateFormValues, unknown, AffiliatePatch> {
  return async (values, context, options) => {
    const patch = changedFields(values, initial);
    if (initial.nationalNumber !== '' && patch.nationalNumber?.trim() === '') {
      const errors: FieldErrors<AffiliateFormValues> = {
        nationalNumber: { type: 'custom', message: 'nationalNumber.removal' },
      };
      return { values: {}, errors };
    }
    if (Object.keys(patch).length === 0) return { values: {}, errors: {} };
    const result = await schemaResolver(patch, context, options as ResolverOptions<AffiliatePatchBody>);
    if (result.errors && Object.keys(result.errors).length > 0) {
      return { values: {}, errors: result.errors as FieldErrors<AffiliateFormValues> };
    }
    const refusal = result.values.nationalNumber
      ? numberRefusalKey(result.values.nationalNumber, person)
      : null;
    if (refusal) {
      const errors: FieldErrors<AffiliateFormValues> = {
        nationalNumber: { type: 'custom', message: refusal },
      };
      return { values: {}, errors };
    }
    return { values: result.values, errors: {} };
  };
}
