import { affiliateEventBodySchema } from '@groupdesk/contracts';
import type {
  AffiliateDetail,
  AffiliateEventBody,
  AffiliateEventInput,
  GroupContract,
} from '@groupdesk/contracts';
import {
  type MedicalFormality,
  type MutationEventKind,
  guaranteeChangeFormality,
  increaseReasonOf,
} from '@groupdesk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver, ResolverOptions } from 'react-hook-form';
import { amountOf } from '@/lib/amount';
import { dayOrText } from '@/lib/day';
import { messageKeyErrorMap } from '@/lib/validation-messages';

export interface GuaranteeValues {
  contractId: string;
  deathCapital: string;
  disabilityAnnuity: string;
}

/** What the change form's inputs hold: text as typed, the day as dd/mm/yyyy. */
export interface ChangeFormValues {
  kind: MutationEventKind;
  eventDate: string;
  occupancyRate: string;
  familySituation: string;
  category: string;
  reason: string;
  guarantees: GuaranteeValues[];
}

/** The kinds that may bring new guarantees with them. */
export const kindsWithGuarantees: readonly MutationEventKind[] = [
  'occupancy-rate',
  'family-situation',
  'category',
];

const choice = (value: string) => (value === '' ? undefined : value);
const typed = (row: GuaranteeValues) => row.deathCapital.trim() !== '' || row.disabilityAnnuity.trim() !== '';

/** The API's body for the chosen kind; new guarantees only for the contracts where an amount is typed. */
export function changeBodyOf(values: ChangeFormValues): AffiliateEventBody {
  const eventDate = dayOrText(values.eventDate) as string;
  const guarantees = values.guarantees.filter(typed).map((row) => ({
    contractId: row.contractId,
    deathCapital: amountOf(row.deathCapital),
    disabilityAnnuity: amountOf(row.disabilityAnnuity),
  }));
  const withGuarantees = guarantees.length > 0 ? { guarantees } : {};
  switch (values.kind) {
    case 'occupancy-rate':
      return {
        kind: values.kind,
        eventDate,
        occupancyRate: amountOf(values.occupancyRate) as number,
        ...withGuarantees,
      };
    case 'family-situation':
      return {
        kind: values.kind,
        eventDate,
        familySituation: choice(values.familySituation) as never,
        ...withGuarantees,
      };
    case 'category':
      return { kind: values.kind, eventDate, category: choice(values.category) as never, ...withGuarantees };
    case 'suspension':
      return { kind: values.kind, eventDate, reason: choice(values.reason) as never };
    case 'suspension-end':
      return { kind: values.kind, eventDate };
  }
}

/** The formality new guarantees on one contract call for, as the API will record it; null until typed. */
export function guaranteeFormality(
  kind: MutationEventKind,
  row: GuaranteeValues,
  contract: AffiliateDetail['contracts'][number],
  groupContract: GroupContract | undefined,
): MedicalFormality | null {
  if (!typed(row)) return null;
  const death = amountOf(row.deathCapital) ?? contract.guarantees.deathCapital;
  const disability = amountOf(row.disabilityAnnuity) ?? contract.guarantees.disabilityAnnuity;
  if (Number.isNaN(death) || Number.isNaN(disability) || !groupContract) return null;
  return guaranteeChangeFormality({
    reason: increaseReasonOf(kind),
    table: contract.medicalAcceptance?.table ?? 'organizer',
    participants: Math.max(1, groupContract.affiliateCounts.active),
    reserves: contract.reserves,
    lifeCapital: contract.guarantees.retirementCapital,
    capitalAtRisk: contract.guarantees.capitalAtRisk,
    before: {
      deathCapital: contract.guarantees.deathCapital,
      disabilityAnnuity: contract.guarantees.disabilityAnnuity,
    },
    after: { deathCapital: death, disabilityAnnuity: disability },
  });
}

const schemaResolver = zodResolver(affiliateEventBodySchema, { error: messageKeyErrorMap });

/** The API's schema on the body; errors on new guarantees land on the row they were typed in. */
export const changeResolver: Resolver<ChangeFormValues, unknown, AffiliateEventInput> = async (
  values,
  context,
  options,
) => {
  const result = await schemaResolver(
    changeBodyOf(values),
    context,
    options as unknown as ResolverOptions<AffiliateEventBody>,
  );
  const found = result.errors as FieldErrors<AffiliateEventBody & { guarantees: unknown[] }>;
  if (Object.keys(found).length === 0) return { values: result.values as AffiliateEventInput, errors: {} };
  const { guarantees, ...rest } = found as Record<string, unknown>;
  const errors = { ...rest } as FieldErrors<ChangeFormValues>;
  if (Array.isArray(guarantees)) {
    const typedRows = values.guarantees.flatMap((row, index) => (typed(row) ? [index] : []));
    const rows: unknown[] = [];
    guarantees.forEach((error, bodyIndex) => {
      if (error) rows[typedRows[bodyIndex]!] = error;
    });
    errors.guarantees = rows as FieldErrors<ChangeFormValues>['guarantees'];
  }
  return { values: {}, errors };
};
