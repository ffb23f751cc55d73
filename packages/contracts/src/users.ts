import { isValidEmail, normalizeEmail, todayInBelgium } from '@groupdesk/domain';
import { z } from 'zod';
import { employerParamsSchema, hasNoNulCharacter, idSchema, isoDateSchema, uiLanguageSchema } from './common';

// The Master User's forms (seeds 001_…): who gets access, with which profile, to which contracts, until when.

export const membershipRoleSchema = z.enum(['master', 'hr']);
/** read = consultation; write = consultation et inscription */
export const membershipProfileSchema = z.enum(['read', 'write']);
export const employerUserStatusSchema = z.enum(['active', 'invited', 'expired', 'revoked']);
export type EmployerUserStatus = z.infer<typeof employerUserStatusSchema>;

/** An address typed into a form: trimmed and lower-cased, then checked. */
export const emailAddressSchema = z
  .string()
  .max(254, { message: 'too_long' })
  .refine(hasNoNulCharacter, { message: 'invalid_value' })
  .transform((value) => normalizeEmail(value))
  .refine((value) => value !== '', { message: 'required' })
  .refine((value) => value === '' || isValidEmail(value), { message: 'email.invalid' });

/** null: every contract of the employer, now and to come */
const contractScopeSchema = z
  .array(idSchema)
  .min(1, { message: 'contractIds.required' })
  .max(200, { message: 'too_big' })
  .nullable();

/** The last day of access (an external consultant's mission), or null for no end */
const endDateSchema = isoDateSchema
  .refine((day) => day >= todayInBelgium(), { message: 'endDate.past' })
  .nullable();

export const employerUserSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  role: membershipRoleSchema,
  profile: membershipProfileSchema,
  /** null: all contracts */
  contracts: z.array(z.object({ id: idSchema, number: z.string(), name: z.string() })).nullable(),
  endDate: z.string().nullable(),
  status: employerUserStatusSchema,
  grantedAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  lastSignInAt: z.iso.datetime({ offset: true }).nullable(),
  twoFactor: z.boolean(),
  /**
   * Whether the Master User who asks may change or revoke this access: false when it covers contracts
   * outside their own (those are not named in `contracts`)
   */
  editable: z.boolean(),
});
export type EmployerUser = z.infer<typeof employerUserSchema>;

export const employerUserListResponseSchema = z.object({ items: z.array(employerUserSchema) });
export const employerUserResponseSchema = z.object({ user: employerUserSchema });
export const employerUserParamsSchema = employerParamsSchema.extend({ userId: idSchema });

export const inviteUserBodySchema = z.strictObject({
  email: emailAddressSchema,
  /** kept only for a new user: someone who already has an account keeps their name */
  name: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(200, { message: 'too_long' })
    .refine(hasNoNulCharacter, { message: 'invalid_value' }),
  /** the language of the access e-mail and of a new user's interface */
  language: uiLanguageSchema,
  role: membershipRoleSchema.default('hr'),
  profile: membershipProfileSchema,
  contractIds: contractScopeSchema,
  endDate: endDateSchema.default(null),
});
export type InviteUserInput = z.input<typeof inviteUserBodySchema>;
export type InviteUserBody = z.output<typeof inviteUserBodySchema>;

export const updateUserAccessBodySchema = z
  .strictObject({
    role: membershipRoleSchema.optional(),
    profile: membershipProfileSchema.optional(),
    contractIds: contractScopeSchema.optional(),
    endDate: endDateSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'required' });
export type UpdateUserAccessInput = z.input<typeof updateUserAccessBodySchema>;
export type UpdateUserAccessBody = z.output<typeof updateUserAccessBodySchema>;

/** The distribution list of the extranet agreement: the employer's news goes there, not to each user. */
export const notificationAddressSchema = z.object({ notificationEmail: z.string().nullable() });
export type NotificationAddress = z.infer<typeof notificationAddressSchema>;
export const notificationAddressBodySchema = z.strictObject({
  notificationEmail: z
    .string()
    .max(254, { message: 'too_long' })
    .refine(hasNoNulCharacter, { message: 'invalid_value' })
    .transform((value) => normalizeEmail(value))
    .refine((value) => value === '' || isValidEmail(value), { message: 'email.invalid' })
    .transform((value) => (value === '' ? null : value))
    .nullable(),
});
export type NotificationAddressInput = z.input<typeof notificationAddressBodySchema>;
export type NotificationAddressBody = z.output<typeof notificationAddressBodySchema>;
