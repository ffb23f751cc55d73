import { MIN_PASSWORD_LENGTH } from '@groupdesk/domain';
import { z } from 'zod';
import { hasNoNulCharacter, idSchema } from './common';
import { emailAddressSchema } from './users';

// Each user's own account: password, set-password links, two-factor sign-in, sessions.

/** A new password; that it is not the user's address is checked where the address is known. */
export const newPasswordSchema = z
  .string()
  .max(1024, { message: 'too_long' })
  .refine((value) => [...value].length >= MIN_PASSWORD_LENGTH, { message: 'password.tooShort' });

const currentPasswordSchema = z.string().min(1, { message: 'required' }).max(1024, { message: 'too_long' });

/** The token of a set-password link, as the link carries it */
const linkTokenSchema = z
  .string()
  .min(1, { message: 'required' })
  .max(200, { message: 'too_long' })
  .regex(/^[\w-]+$/, { message: 'invalid_value' });

export const changePasswordBodySchema = z.strictObject({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordBodySchema>;

/** The change-password form: the body's fields and the new password typed twice. */
export const changePasswordFormSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ['confirmPassword'],
    message: 'password.mismatch',
  });
export type ChangePasswordForm = z.input<typeof changePasswordFormSchema>;

/** The set-password form: the new password typed twice (the token comes from the link). */
export const setPasswordFormSchema = z
  .object({ password: newPasswordSchema, confirmPassword: z.string() })
  .refine((form) => form.password === form.confirmPassword, {
    path: ['confirmPassword'],
    message: 'password.mismatch',
  });
export type SetPasswordForm = z.input<typeof setPasswordFormSchema>;

export const forgottenPasswordBodySchema = z.strictObject({ email: emailAddressSchema });
export type ForgottenPasswordInput = z.input<typeof forgottenPasswordBodySchema>;

export const passwordLinkBodySchema = z.strictObject({ token: linkTokenSchema });

/** What a valid link is for: the set-password page greets the user and checks the password against the address */
export const passwordLinkResponseSchema = z.object({
  purpose: z.enum(['invitation', 'reset']),
  email: z.string(),
  name: z.string(),
  employerName: z.string().nullable(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type PasswordLink = z.infer<typeof passwordLinkResponseSchema>;

export const setPasswordBodySchema = z.strictObject({ token: linkTokenSchema, password: newPasswordSchema });
export type SetPasswordInput = z.input<typeof setPasswordBodySchema>;

/** The answer to a request for a link: the same whether the address is known or not */
export const linkRequestedResponseSchema = z.object({ requested: z.literal(true) });

/** A login that needs a second step: the code of the authenticator app, or a recovery code */
export const secondFactorResponseSchema = z.object({ secondFactor: z.literal('totp') });
export type SecondFactorResponse = z.infer<typeof secondFactorResponseSchema>;

export const totpCodeSchema = z
  .string()
  .transform((value) => value.replace(/\s/g, ''))
  .refine((value) => /^\d{6}$/.test(value), { message: 'totp.code' });

/** a 6-digit code, or a recovery code `xxxxx-xxxxx` */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(32, { message: 'too_long' })
  .refine(hasNoNulCharacter, { message: 'invalid_value' });

export const loginCodeBodySchema = z.strictObject({ code: secondFactorCodeSchema });
export type LoginCodeInput = z.input<typeof loginCodeBodySchema>;

export const accountResponseSchema = z.object({
  twoFactor: z.object({
    enabled: z.boolean(),
    enabledAt: z.iso.datetime({ offset: true }).nullable(),
    recoveryCodesLeft: z.number().int(),
    /** on, and the user is a Master User of an employer: it cannot be switched off */
    requiredAsMasterUser: z.boolean(),
  }),
});
export type Account = z.infer<typeof accountResponseSchema>;

export const totpEnrolmentResponseSchema = z.object({
  /** base32, for typing into an app that cannot scan */
  secret: z.string(),
  otpauthUri: z.string(),
});
export type TotpEnrolment = z.infer<typeof totpEnrolmentResponseSchema>;

export const totpConfirmBodySchema = z.strictObject({ code: totpCodeSchema });
export type TotpConfirmInput = z.input<typeof totpConfirmBodySchema>;
export const recoveryCodesResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const totpDisableBodySchema = z.strictObject({
  password: currentPasswordSchema,
  /** optional: a code of the app or a recovery code, checked when given */
  code: secondFactorCodeSchema.optional(),
});
export type TotpDisableInput = z.input<typeof totpDisableBodySchema>;

export const accountSessionSchema = z.object({
  id: idSchema,
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof accountSessionSchema>;
export const accountSessionListResponseSchema = z.object({ items: z.array(accountSessionSchema) });
export const accountSessionParamsSchema = z.strictObject({ sessionId: idSchema });
export const endedSessionsResponseSchema = z.object({ ended: z.number().int() });
