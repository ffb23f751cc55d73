import { z } from 'zod';
import { hasNoNulCharacter, idSchema, uiLanguageSchema } from './common';

export const loginBodySchema = z.strictObject({
  email: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(254, { message: 'too_long' })
    .refine(hasNoNulCharacter, { message: 'invalid_value' }),
  password: z.string().min(1, { message: 'required' }).max(1024, { message: 'too_long' }),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/** What a user may do at one employer, as the server decides it. */
export const employerAccessSchema = z.enum(['master', 'write', 'read', 'account-manager']);
export type EmployerAccess = z.infer<typeof employerAccessSchema>;

export const sessionUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  language: z.enum(['fr', 'nl', 'en', 'de']),
  kind: z.enum(['employer', 'account-manager', 'admin']),
});

export const sessionEmployerSchema = z.object({
  id: idSchema,
  name: z.string(),
  access: employerAccessSchema,
  canWrite: z.boolean(),
  /** null: every contract of the employer */
  contractIds: z.array(idSchema).nullable(),
  endDate: z.string().nullable(),
});

export const sessionResponseSchema = z.object({
  user: sessionUserSchema,
  employers: z.array(sessionEmployerSchema),
  expiresAt: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const updatePreferencesBodySchema = z.strictObject({ language: uiLanguageSchema });
