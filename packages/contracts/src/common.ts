import { z } from 'zod';

export const idSchema = z.uuid({ message: 'invalid_id' });

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .optional(),
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

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid_value' });
export const languageSchema = z.enum(['fr', 'nl', 'en', 'de'], { message: 'invalid_value' });
export const uiLanguageSchema = z.enum(['fr', 'nl', 'en'], { message: 'invalid_value' });
