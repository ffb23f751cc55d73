import { updateUserAccessBodySchema } from '@groupdesk/contracts';
import type { EmployerUser, UpdateUserAccessBody, UpdateUserAccessInput } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver, ResolverOptions } from 'react-hook-form';
import { messageKeyErrorMap } from '@/lib/validation-messages';

/** The fields a Master User sets on someone's access, as both forms hold them. */
export interface AccessValues {
  role: 'master' | 'hr';
  profile: 'read' | 'write';
  /** null: all contracts */
  contractIds: string[] | null;
  /** null: no end date */
  endDate: string | null;
}

export const accessValuesOf = (user: EmployerUser): AccessValues => ({
  role: user.role,
  profile: user.profile,
  contractIds: user.contracts?.map((contract) => contract.id) ?? null,
  endDate: user.endDate,
});

const sameContracts = (a: string[] | null, b: string[] | null) =>
  a === null || b === null ? a === b : a.length === b.length && a.every((id) => b.includes(id));

/** Only what changed: an expired user's old end date is not sent back, and so not refused as past. */
export function accessChanges(values: AccessValues, initial: AccessValues): UpdateUserAccessInput {
  const patch: UpdateUserAccessInput = {};
  if (values.role !== initial.role) patch.role = values.role;
  if (values.profile !== initial.profile) patch.profile = values.profile;
  if (!sameContracts(values.contractIds, initial.contractIds)) patch.contractIds = values.contractIds;
  if (values.endDate !== initial.endDate) patch.endDate = values.endDate;
  return patch;
}

const patchResolver = zodResolver(updateUserAccessBodySchema, { error: messageKeyErrorMap });

/** Validates the changes with the API's schema; no change at all is left for the form to say. */
export function validateAccessChanges(
  initial: AccessValues,
): Resolver<AccessValues, unknown, UpdateUserAccessBody> {
  return async (values, context, options) => {
    const patch = accessChanges(values, initial);
    if (Object.keys(patch).length === 0) return { values: {}, errors: {} };
    const result = await patchResolver(patch, context, options as ResolverOptions<UpdateUserAccessInput>);
    if (result.errors && Object.keys(result.errors).length > 0) {
      return { values: {}, errors: result.errors as FieldErrors<AccessValues> };
    }
    return { values: result.values, errors: {} };
  };
}
