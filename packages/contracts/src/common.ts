import { z } from 'zod';

export const idSchema = z.uuid({ message: 'invalid_id' });
/** An id the user chooses in a form (an affiliate, a contract): not chosen is reported as missing. */
export const chosenIdSchema = z.uuid({
  error: (issue) => (issue.input === undefined || issue.input === '' ? 'required' : 'invalid_id'),
});

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const employerParamsSchema = z.strictObject({ employerId: idSchema });

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** PostgreSQL text cannot hold a NUL character: refused as a wrong value rather than failing in the database. */
export const hasNoNulCharacter = (value: string) => !value.includes('\u0000');

/** A calendar day `YYYY-MM-DD` that exists (2026-02-31 does not). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid_value' })
  // zod runs this check even after the pattern failed: text such as `tomorrow` must not throw here
  .refine(
    (day) => {
      const date = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
    },
    { message: 'invalid_value' },
  );
// a missing language is reported as missing, not as a wrong value
const languageError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : 'invalid_value';
export const languageSchema = z.enum(['fr', 'nl', 'en', 'de'], { error: languageError });
export const uiLanguageSchema = z.enum(['fr', 'nl', 'en'], { error: languageError });
