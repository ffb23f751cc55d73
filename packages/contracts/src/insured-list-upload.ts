import { z } from 'zod';
import { actionParamsSchema, actionSchema } from './actions';
import { pageSchema } from './common';

/** Limits of an uploaded insured list; the SPA checks the size before sending. */
export const uploadLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 300_000,
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
} as const;

/**
 * What the validation decided for one row of the sheet:
 * - `added` / `changed`: the professional e-mail will be set on apply
 * - `unchanged`: same address as stored, or a blank cell (a blank never removes an address)
 * - `ignored`: a row that changes nothing and has a warning (unknown affiliate, outside the user's scope)
 * - `error`: a wrong or duplicate address; the row is not applied
 * - `conflict`: the address was changed in the app after the export; the user chooses which one stays
 */
export const uploadRowOutcomeSchema = z.enum([
  'added',
  'changed',
  'unchanged',
  'ignored',
  'error',
  'conflict',
]);
export type UploadRowOutcome = z.infer<typeof uploadRowOutcomeSchema>;

export const uploadRowMessageCodeSchema = z.enum([
  // errors
  'email.invalid',
  'email.tooLong',
  'email.duplicateInFile',
  'email.heldByOther',
  'row.duplicateAffiliate',
  // warnings
  'row.unknown',
  'row.outOfScope',
  'row.protectedEdited',
  'row.left',
  // conflict
  'email.changedSinceExport',
  // information
  'nationalNumber.leadingZero',
]);
export type UploadRowMessageCode = z.infer<typeof uploadRowMessageCodeSchema>;

export const uploadRowMessageSchema = z.object({
  code: uploadRowMessageCodeSchema,
  /** values put into the message: `rows` (other sheet rows), `columns` (edited headers), `email`, `name` */
  params: z.record(z.string(), z.string()).default({}),
});
export type UploadRowMessage = z.infer<typeof uploadRowMessageSchema>;

export const conflictChoiceSchema = z.enum(['file', 'app']);
export type ConflictChoice = z.infer<typeof conflictChoiceSchema>;

export const uploadRowSchema = z.object({
  /** the row number in the user's sheet (1 is the header) */
  sheetRow: z.number().int(),
  outcome: uploadRowOutcomeSchema,
  affiliate: z.object({ id: z.uuid(), name: z.string(), nationalNumber: z.string().nullable() }).nullable(),
  /** the address stored when the file was validated */
  currentEmail: z.string().nullable(),
  /** the address in the file, trimmed and lower-cased (as typed on an error row); null for a blank cell */
  newEmail: z.string().nullable(),
  messages: z.array(uploadRowMessageSchema),
});
export type UploadRow = z.infer<typeof uploadRowSchema>;

export const uploadRowFilterSchema = z.enum(['all', 'changes', 'warnings', 'errors', 'conflicts']);
export type UploadRowFilter = z.infer<typeof uploadRowFilterSchema>;

export const uploadRowsQuerySchema = z.object({
  filter: uploadRowFilterSchema.default('all'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type UploadRowsQuery = z.infer<typeof uploadRowsQuerySchema>;

export const uploadRowsResponseSchema = pageSchema(uploadRowSchema);
export type UploadRowsResponse = z.infer<typeof uploadRowsResponseSchema>;

export const applyUploadBodySchema = z.strictObject({
  /** how each conflict is settled, by sheet row; every conflict must be settled before apply */
  resolutions: z
    .array(z.strictObject({ sheetRow: z.number().int().min(2), take: conflictChoiceSchema }))
    .max(uploadLimits.maxRows)
    .default([]),
});
export type ApplyUploadBody = z.infer<typeof applyUploadBodySchema>;

export const uploadActionParamsSchema = actionParamsSchema;
export const uploadActionResponseSchema = z.object({ action: actionSchema });
