import type { z } from 'zod';

/**
 * A URL parameter as the list's query schema reads it: a value the schema accepts, else the schema's
 * default, so that a hand-edited URL never breaks the page. An empty parameter counts as absent.
 */
export function urlParam<T>(schema: z.ZodType<T>, raw: string | null): T {
  const parsed = schema.safeParse(raw === null || raw === '' ? undefined : raw);
  return parsed.success ? parsed.data : schema.parse(undefined);
}
