import { isValidationMessageKey, issueMessageKey, validationMessages } from '@groupdesk/contracts';
import type { UiLanguage } from '@groupdesk/domain';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from './api-client';

/**
 * zod error map for forms: every issue's message becomes a key of `validationMessages`, the same keys
 * the API sends as `details[].code`, so one function shows both in the user's language.
 */
export const messageKeyErrorMap = (issue: z.core.$ZodRawIssue): string => {
  // a field left empty (a day, a choice) reaches the schema as undefined: missing, not of the wrong type
  const missing = issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null);
  return issueMessageKey({
    code: issue.code,
    message: issue.message ?? (missing ? 'required' : ''),
    origin: 'origin' in issue && typeof issue.origin === 'string' ? issue.origin : undefined,
    input: issue.input,
  });
};

/** A form error message (a validation key, or already a text) in the user's language. */
export function localizeValidationMessage(
  message: string | undefined,
  language: UiLanguage,
): string | undefined {
  if (message === undefined || message === '') return undefined;
  return isValidationMessageKey(message) ? validationMessages[message][language] : message;
}

/**
 * Puts a 400/409 response's field details on the form's fields; returns the details that match no field
 * so the caller can show them elsewhere.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: ApiError,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): ApiError['details'] {
  const unmatched: ApiError['details'] = [];
  let focused = false;
  for (const detail of error.details) {
    // the API names body fields by their path, possibly prefixed ("body.professionalEmail")
    const field = fields.find((name) => detail.path === name || detail.path.endsWith(`.${name}`));
    if (field === undefined) {
      unmatched.push(detail);
      continue;
    }
    const message = isValidationMessageKey(detail.code) ? detail.code : detail.message;
    setError(field, { type: 'server', message }, { shouldFocus: !focused });
    focused = true;
  }
  return unmatched;
}
