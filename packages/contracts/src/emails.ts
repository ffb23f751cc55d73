import { z } from 'zod';
import { employerParamsSchema, idSchema, isoDateSchema, pageSchema } from './common';

/** The e-mails of the outbox: to affiliates (confirmation, invitation, statement notice) and to users (access). */
export const emailKindSchema = z.enum([
  'confirmation',
  'invitation',
  'statement-notice',
  'user-invitation',
  'password-reset',
  'user-access-granted',
  // to the employer's notification address (the distribution list of the agreement)
  'employer-upload-applied',
  'employer-statements-available',
  'employer-access-granted',
  'employer-access-changed',
  'employer-access-revoked',
]);
export type EmailKind = z.infer<typeof emailKindSchema>;

export const emailStatusSchema = z.enum(['scheduled', 'sending', 'sent', 'failed', 'cancelled']);
export type EmailStatus = z.infer<typeof emailStatusSchema>;

export const emailSchema = z.object({
  id: z.uuid(),
  kind: emailKindSchema,
  status: emailStatusSchema,
  recipient: z.string(),
  language: z.enum(['fr', 'nl', 'en', 'de']),
  affiliate: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  subject: z.string().nullable(),
  /** when it is (or was) due to go */
  dueAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  attempts: z.number().int(),
  /** why it failed or was cancelled, or the last temporary error before a retry */
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Email = z.infer<typeof emailSchema>;

export const emailListQuerySchema = z.object({
  kind: emailKindSchema.optional(),
  status: emailStatusSchema.optional(),
  affiliateId: idSchema.optional(),
  /** created on or after this day */
  from: isoDateSchema.optional(),
  /** created on or before this day */
  to: isoDateSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type EmailListQuery = z.infer<typeof emailListQuerySchema>;

export const emailListResponseSchema = pageSchema(emailSchema);
export type EmailListResponse = z.infer<typeof emailListResponseSchema>;

export const emailParamsSchema = employerParamsSchema.extend({ emailId: idSchema });
export const emailResponseSchema = z.object({ email: emailSchema });

/** The employee portal reports a registration (service token, never a user session). */
export const portalRegistrationBodySchema = z.strictObject({
  nationalNumber: z.string().regex(/^\d{11}$/, { message: 'nationalNumber.format' }),
  registeredAt: z.iso.datetime({ offset: true }).optional(),
  /** the affiliate's private address, if they gave one; null removes it */
  privateEmail: z.email().max(254).nullable().optional(),
  /** the language the affiliate chose for their statements and e-mails */
  language: z.enum(['fr', 'nl', 'en', 'de']).optional(),
});
export type PortalRegistrationBody = z.infer<typeof portalRegistrationBodySchema>;

export const portalRegistrationResponseSchema = z.object({
  affiliateId: z.uuid(),
  cancelledInvitations: z.number().int(),
});
