import { type ValidationMessageKey, validationMessages } from '@groupdesk/contracts';
import { HttpError } from './errors';

/**
 * A 400 in the shape the schema validation answers, for rules the schema cannot check alone (they need the
 * database or today's date): one detail per field, its code a key of `validationMessages`.
 */
export function invalidFields(fields: Array<{ path: string; code: ValidationMessageKey }>): HttpError {
  return new HttpError(
    400,
    'validation_failed',
    'The request is not valid; see details.',
    fields.map(({ path, code }) => ({ path, code, message: validationMessages[code].en })),
  );
}
