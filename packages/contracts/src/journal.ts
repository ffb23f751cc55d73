import { z } from 'zod';
import { hasNoNulCharacter, idSchema, isoDateSchema } from './common';

/**
 * The journal's order: newest or oldest first, or grouped by kind or by the user who acted (A→Z or Z→A),
 * newest first within a group.
 */
export const journalSortSchema = z.enum(['-at', 'at', 'kind', '-kind', 'user', '-user']);
export type JournalSort = z.infer<typeof journalSortSchema>;

/** What narrows the journal, for the page and for the export alike. */
export const journalFilterSchema = z.object({
  /** words of a kind, of the acting user's name, or of the affiliate's name or national number */
  search: z
    .string()
    .trim()
    .max(100, { message: 'too_long' })
    .refine(hasNoNulCharacter, { message: 'invalid_value' })
    .optional(),
  /** on or after this day (Brussels time) */
  from: isoDateSchema.optional(),
  /** on or before this day (Brussels time) */
  to: isoDateSchema.optional(),
  kind: z
    .string()
    .max(64, { message: 'too_long' })
    .regex(/^[a-z][a-z0-9.-]*$/, { message: 'invalid_value' })
    .optional(),
  /** the user who acted */
  userId: idSchema.optional(),
  affiliateId: idSchema.optional(),
  sort: journalSortSchema.default('-at'),
});
export type JournalFilter = z.infer<typeof journalFilterSchema>;

export const journalListQuerySchema = journalFilterSchema.extend({
  /** the id of the last entry of the previous page (`nextCursor`): pages follow on without an offset */
  after: z.coerce.number().int().positive({ message: 'invalid_value' }).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type JournalListQuery = z.infer<typeof journalListQuerySchema>;

export const journalActorKindSchema = z.enum(['user', 'service', 'system']);
export const journalUserSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(['employer', 'account-manager', 'admin']),
});
export type JournalUser = z.infer<typeof journalUserSchema>;

export const journalEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  kind: z.string(),
  /** who acted: a user, a service (the employee portal, the back office) or the system (a job) */
  actor: z.object({ kind: journalActorKindSchema, user: journalUserSchema.nullable() }),
  /** the affiliate the entry is about */
  affiliate: z.object({ id: idSchema, name: z.string(), nationalNumber: z.string().nullable() }).nullable(),
  /** the user the entry is about (an access granted, a login) */
  targetUser: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** the action (an upload, a print) the entry belongs to */
  actionId: idSchema.nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const journalListResponseSchema = z.object({
  items: z.array(journalEntrySchema),
  /** pass as `after` for the next page; null on the last one */
  nextCursor: z.number().int().nullable(),
  /** the kinds and the users found in this employer's journal, to filter by */
  facets: z.object({ kinds: z.array(z.string()), users: z.array(journalUserSchema) }),
});
export type JournalListResponse = z.infer<typeof journalListResponseSchema>;
