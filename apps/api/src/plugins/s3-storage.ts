import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { FileStorage } from './storage';
import { checkStorageKey } from './storage-key';

export interface S3StorageOptions {
  /** unset: AWS itself; set: any S3-compatible server (MinIO, Ceph, R2 …) */
  endpoint?: string;
  bucket: string;
  region: string;
  /** unset: the SDK's default chain (an instance or task role on AWS) */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** `https://host/bucket/key` rather than `https://bucket.host/key`: MinIO and most self-hosted stores need it */
  forcePathStyle: boolean;
}

// parts of a streamed put: 8 MB, four in flight, so at most 32 MB of a file is in memory at once
const PART_SIZE = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey ||
  (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404);

/** Files in one bucket of an S3-compatible store, under the same keys as on disk. */
export function s3Storage(options: S3StorageOptions): FileStorage & { close(): void } {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    credentials: options.credentials,
    forcePathStyle: options.forcePathStyle,
    // checksums only where S3 demands them: the default trailing checksums (aws-chunked bodies) are not
    // understood by every S3-compatible server
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;

  return {
    async put(key, body) {
      const Key = checkStorageKey(key);
      if (Buffer.isBuffer(body)) {
        await client.send(new PutObjectCommand({ Bucket, Key, Body: body, ContentLength: body.length }));
        return;
      }
      // a stream of unknown length (an export being written): a multipart upload, which S3 publishes whole
      // only when it completes, so a reader never sees half a file
      const upload = new Upload({
        client,
        params: { Bucket, Key, Body: body },
        partSize: PART_SIZE,
        queueSize: PARTS_IN_FLIGHT,
      });
      try {
        await upload.done();
      } catch (error) {
        // as pipeline() does on disk: the writer feeding the stream learns that nobody reads it any more
        body.destroy(error as Error);
        throw error;
      }
    },
    async get(key) {
      const Key = checkStorageKey(key);
      try {
        const { Body } = await client.send(new GetObjectCommand({ Bucket, Key }));
        if (!(Body instanceof Readable)) throw new Error(`no readable body for ${Key}`);
        return Body;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      const Key = checkStorageKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key }));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
    close() {
      client.destroy();
    },
  };
}
