import path from 'node:path';
import { z } from 'zod';
import { checkObjectStorage } from './storage-config';

const isoDuration = z
  .string()
  .regex(
    /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
    'an ISO-8601 duration such as P2D or PT10M',
  );

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'on', 'yes'].includes(value));

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().default('.data'),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().default('groupdesk <no-reply@groupdesk.be>'),
  PORTAL_URL: z.url().default('https://portal.groupdesk.be'),
  // groupdesk's own address as users reach it: the links of the set-password and access e-mails
  APP_URL: z.url().default('http://localhost:3000'),
  INVITATION_DELAY: isoDuration.default('P2D'),
  // the name the e-mails sign with
  INSURER_NAME: z.string().min(1).default('groupdesk Assurances'),
  // how often the e-mail dispatcher looks for due e-mails, in seconds
  MAIL_POLL_SECONDS: z.coerce.number().min(0.05).max(3600).default(5),
  // the service token of the employee portal (POST /api/integrations/portal/…); unset: those routes answer 503
  PORTAL_TOKEN: z.string().min(24, 'at least 24 characters').optional(),
  // the service token of the insurer's back office (POST /api/integrations/statements); unset: 503
  BACK_OFFICE_TOKEN: z.string().min(24, 'at least 24 characters').optional(),
  SESSION_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  SEED_DEMO: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  TRUST_PROXY: booleanFlag.default(false),
  // job workers per queue in this instance; 0 when separate `pnpm worker` processes run the jobs
  WORKERS: z.coerce.number().int().min(0).max(32).default(1),
  // `pnpm worker` only: answers GET /api/health on 127.0.0.1 at this port, for a container health check
  WORKER_HEALTH_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  // files in an S3-compatible bucket rather than under DATA_DIR/files once S3_BUCKET is set (storage-config.ts)
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens',
    )
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.optional(),
});

export type Config = z.infer<typeof configSchema> & { dataDir: string };

/** The one place that reads process.env: a wrong value stops the start with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.superRefine(checkObjectStorage).safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}

export class ConfigError extends Error {}
