import { incapacityBodySchema } from '@groupdesk/contracts';
import type { IncapacityBody } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver, ResolverOptions } from 'react-hook-form';
import { dayOrText } from '@/lib/day';
import { messageKeyErrorMap } from '@/lib/validation-messages';

/** The declaration's inputs: days as dd/mm/yyyy, the cause '' until chosen. */
export interface DeclareFormValues {
  firstDay: string;
  cause: string;
  doctorAssessedOn: string;
}

export function declareBodyOf(affiliateId: string, values: DeclareFormValues): IncapacityBody {
  return {
    affiliateId,
    firstDay: dayOrText(values.firstDay) as string,
    cause: (values.cause === '' ? undefined : values.cause) as IncapacityBody['cause'],
    doctorAssessedOn: dayOrText(values.doctorAssessedOn),
  };
}

const schemaResolver = zodResolver(incapacityBodySchema, { error: messageKeyErrorMap });

/** The API's schema on the body the form makes. */
export const declareResolver =
  (affiliateId: string): Resolver<DeclareFormValues, unknown, IncapacityBody> =>
  async (values, context, options) => {
    const body = declareBodyOf(affiliateId, values);
    const result = await schemaResolver(body, context, options as unknown as ResolverOptions<IncapacityBody>);
    if (Object.keys(result.errors).length > 0) {
      return { values: {}, errors: result.errors as FieldErrors<DeclareFormValues> };
    }
    return { values: body, errors: {} };
  };
