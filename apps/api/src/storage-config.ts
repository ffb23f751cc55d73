import type { z } from 'zod';
import type { S3StorageOptions } from './plugins/s3-storage';

interface ObjectStorageSettings {
  S3_ENDPOINT?: string;
  S3_BUCKET?: string;
  S3_REGION: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
  S3_FORCE_PATH_STYLE?: boolean;
}

/**
 * The S3 settings that make no sense together stop the start: a half-configured store would otherwise
 * leave the files on the local disk of one instance, or fail only at the first export.
 */
export function checkObjectStorage(settings: ObjectStorageSettings, context: z.RefinementCtx) {
  const refuse = (field: keyof ObjectStorageSettings, message: string) =>
    context.addIssue({ code: 'custom', path: [field], message });
  const keyId = settings.S3_ACCESS_KEY_ID !== undefined;
  const secret = settings.S3_SECRET_ACCESS_KEY !== undefined;
  const others = (
    ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const
  ).filter((field) => settings[field] !== undefined);
  if (!settings.S3_BUCKET && others.length > 0) {
    refuse(
      'S3_BUCKET',
      `required with ${others.join(', ')}: the files go to object storage only with a bucket`,
    );
  }
  if (keyId && !secret) refuse('S3_SECRET_ACCESS_KEY', 'required with S3_ACCESS_KEY_ID');
  if (secret && !keyId) refuse('S3_ACCESS_KEY_ID', 'required with S3_SECRET_ACCESS_KEY');
  if (settings.S3_ENDPOINT && !keyId && !secret) {
    refuse(
      'S3_ACCESS_KEY_ID',
      'an S3-compatible server (S3_ENDPOINT) needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    );
  }
}

/** Where the files go: the bucket when S3_BUCKET is set, otherwise (null) the local disk. */
export function objectStorageOf(settings: ObjectStorageSettings): S3StorageOptions | null {
  if (!settings.S3_BUCKET) return null;
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = settings;
  return {
    endpoint: settings.S3_ENDPOINT,
    bucket: settings.S3_BUCKET,
    region: settings.S3_REGION,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // MinIO and most self-hosted stores serve buckets by path; AWS itself by host name
    forcePathStyle: settings.S3_FORCE_PATH_STYLE ?? settings.S3_ENDPOINT !== undefined,
  };
}
