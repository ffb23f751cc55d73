import { affiliationBodySchema } from '@groupdesk/contracts';
import type { Affiliation, AffiliationBody, GroupContract } from '@groupdesk/contracts';
import {
  type CoveredAmounts,
  type Language,
  type MedicalFormality,
  type PendingCause,
  type RequestedCover,
  affiliationCoverWhilePending,
  affiliationFormality,
  lacksCapitals,
  nationalNumberDisagreements,
  parseNationalNumber,
} from '@groupdesk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver, ResolverOptions } from 'react-hook-form';
import { amountOf } from '@/lib/amount';
import { dayOrText } from '@/lib/day';
import { messageKeyErrorMap } from '@/lib/validation-messages';

/** One contract as its inputs hold it: amounts as typed. */
export interface ContractValues {
  contractId: string;
  otherOption: boolean;
  deathCapital: string;
  disabilityAnnuity: string;
  premiumWaiver: boolean;
  capitalAtRisk: string;
  lifeCapital: string;
}

/** What the form's inputs hold: text as typed, days as dd/mm/yyyy, choices '' until made. */
export interface AffiliationFormValues {
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: '' | 'M' | 'F';
  language: Language;
  nationalNumber: string;
  professionalEmail: string;
  category: string;
  occupancyRate: string;
  familySituation: string;
  startDate: string;
  contracts: ContractValues[];
}

export const emptyContract = (contractId = ''): ContractValues => ({
  contractId,
  otherOption: false,
  deathCapital: '',
  disabilityAnnuity: '',
  premiumWaiver: true,
  capitalAtRisk: '',
  lifeCapital: '',
});

const choice = <T extends string>(value: string) => (value === '' ? undefined : (value as T));

/** The API's body; what is missing or wrong stays so, for the shared schema to name it. */
export function bodyOf(values: AffiliationFormValues): AffiliationBody {
  return {
    lastName: values.lastName,
    firstName: values.firstName,
    birthDate: dayOrText(values.birthDate) as string,
    sex: choice(values.sex) as AffiliationBody['sex'],
    language: values.language,
    nationalNumber: values.nationalNumber,
    professionalEmail: values.professionalEmail,
    category: choice(values.category) as AffiliationBody['category'],
    occupancyRate: amountOf(values.occupancyRate) as number,
    familySituation: choice(values.familySituation) as AffiliationBody['familySituation'],
    startDate: dayOrText(values.startDate) as string,
    contracts: values.contracts.map((contract) => ({
      contractId: contract.contractId,
      otherOption: contract.otherOption,
      deathCapital: amountOf(contract.deathCapital) ?? 0,
      disabilityAnnuity: amountOf(contract.disabilityAnnuity) ?? 0,
      premiumWaiver: contract.premiumWaiver,
      capitalAtRisk: amountOf(contract.capitalAtRisk),
      lifeCapital: amountOf(contract.lifeCapital),
    })),
  };
}

export type ContractFormality =
  | { state: 'unknown' }
  | { state: 'needs-capitals'; participants: number }
  | {
      state: 'known';
      formality: MedicalFormality;
      participants: number;
      /** what is covered until the insurer accepts the risk; null when no formality is asked */
      pending: Record<PendingCause, CoveredAmounts> | null;
    };

/** The cover a contract's inputs ask for, under the table that applies and the contract's N. */
export function requestedCover(values: ContractValues, contract: GroupContract): RequestedCover | null {
  const death = amountOf(values.deathCapital) ?? 0;
  const disability = amountOf(values.disabilityAnnuity) ?? 0;
  if (Number.isNaN(death) || Number.isNaN(disability)) return null;
  return {
    // the organizer's option, unless the affiliate chose another one in a cafeteria plan
    table: contract.planType === 'cafeteria' && values.otherOption ? 'other' : 'organizer',
    // the newcomer is one of the N affiliates once affiliated
    participants: contract.affiliateCounts.active + 1,
    deathCapital: death,
    disabilityAnnuity: disability,
    capitalAtRisk: amountOf(values.capitalAtRisk),
    lifeCapital: amountOf(values.lifeCapital),
  };
}

/** The formality the guarantees call for, as the API will record it. */
export function contractFormality(
  values: ContractValues,
  contract: GroupContract | undefined,
): ContractFormality {
  const cover = contract ? requestedCover(values, contract) : null;
  if (!cover) return { state: 'unknown' };
  if (lacksCapitals(cover)) return { state: 'needs-capitals', participants: cover.participants };
  const { capitalAtRisk, lifeCapital } = cover;
  if ([capitalAtRisk, lifeCapital].some((amount) => amount !== undefined && Number.isNaN(amount))) {
    return { state: 'unknown' };
  }
  try {
    const formality = affiliationFormality(cover);
    const pending = formality === 'none' ? null : affiliationCoverWhilePending(cover);
    return { state: 'known', formality, participants: cover.participants, pending };
  } catch (error) {
    // an impossible input as it is typed (a negative amount, a capital at risk above the capital): the
    // schema tells the field; the formality waits for a possible one
    if (error instanceof RangeError) return { state: 'unknown' };
    throw error;
  }
}

// the schema the API validates with; issue messages become keys of `validationMessages`
const schemaResolver = zodResolver(affiliationBodySchema, { error: messageKeyErrorMap });

/**
 * The API's schema on the body, then what the API checks against data the form also has: the number agrees
 * with the birth date and sex, and the organizer's death table gets both capitals where it needs them.
 */
export const affiliationResolver =
  (contracts: GroupContract[]): Resolver<AffiliationFormValues, unknown, Affiliation> =>
  async (values, context, options) => {
    const body = bodyOf(values);
    const result = await schemaResolver(
      body,
      context,
      options as unknown as ResolverOptions<AffiliationBody>,
    );
    const errors = { ...(result.errors as FieldErrors<AffiliationFormValues>) };
    const number = parseNationalNumber(values.nationalNumber);
    if (!errors.nationalNumber && !errors.birthDate && !errors.sex && number.ok && body.sex) {
      const found = nationalNumberDisagreements(number.value, {
        birthDate: body.birthDate,
        sex: body.sex,
        previous: null,
      });
      if (found.includes('birthDate'))
        errors.nationalNumber = { type: 'custom', message: 'nationalNumber.birthDateMismatch' };
      else if (found.includes('sex'))
        errors.nationalNumber = { type: 'custom', message: 'nationalNumber.sexMismatch' };
    }
    values.contracts.forEach((entry, index) => {
      if (
        contractFormality(
          entry,
          contracts.find((contract) => contract.id === entry.contractId),
        ).state !== 'needs-capitals'
      )
        return;
      const contractErrors = { ...(errors.contracts?.[index] ?? {}) };
      for (const field of ['capitalAtRisk', 'lifeCapital'] as const) {
        if (entry[field].trim() === '')
          contractErrors[field] = { type: 'custom', message: 'medicalAcceptance.capitalsRequired' };
      }
      const all = [...((errors.contracts as unknown[] | undefined) ?? [])];
      all[index] = contractErrors;
      errors.contracts = all as FieldErrors<AffiliationFormValues>['contracts'];
    });
    if (Object.keys(errors).length > 0) return { values: {}, errors };
    return { values: result.values as Affiliation, errors: {} };
  };
