import { z } from 'zod';
import { employerParamsSchema, idSchema, pageSchema } from './common';

// The actions overview ("aperçu des actions"): exports, uploads and print runs done in the background
export const actionKindSchema = z.enum(['insured-list.export', 'insured-list.upload']);
export type ActionKind = z.infer<typeof actionKindSchema>;

// `undone`: an applied upload whose previous values were put back
export const actionStatusSchema = z.enum([
  'queued',
  'running',
  'ready',
  'applied',
  'failed',
  'expired',
  'undone',
]);
export type ActionStatus = z.infer<typeof actionStatusSchema>;
/** An action in one of these states changes no more by itself. */
export const finalActionStatuses: readonly ActionStatus[] = [
  'ready',
  'applied',
  'failed',
  'expired',
  'undone',
];

export const actionSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: actionStatusSchema,
  progress: z.number().int().min(0).max(100),
  counts: z.record(z.string(), z.number()),
  requestedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  fileName: z.string().nullable(),
  /** an upload: the name of the file the user sent */
  sourceFileName: z.string().nullable(),
  /** set while the file can be downloaded */
  downloadUrl: z.string().nullable(),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  error: z.string().nullable(),
  /** an upload: when its invitations go (if applied now, while ready; once applied, the planned date) */
  invitationsAt: z.iso.datetime({ offset: true }).nullable(),
  /** an applied upload can be undone until then */
  undoUntil: z.iso.datetime({ offset: true }).nullable(),
});
export type Action = z.infer<typeof actionSchema>;

export const actionParamsSchema = employerParamsSchema.extend({ actionId: idSchema });

export const actionListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ActionListQuery = z.infer<typeof actionListQuerySchema>;

export const actionListResponseSchema = pageSchema(actionSchema);
export type ActionListResponse = z.infer<typeof actionListResponseSchema>;

export const actionResponseSchema = z.object({ action: actionSchema });
export type ActionResponse = z.infer<typeof actionResponseSchema>;
