import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { S3StorageOptions } from './s3-storage';
import { checkStorageKey } from './storage-key';

/** Where files live (exports, upload originals, reports, PDFs): local disk, or S3-compatible object storage. */
export interface FileStorage {
  put(key: string, body: Readable | Buffer): Promise<void>;
  /** null when there is no such file */
  get(key: string): Promise<Readable | null>;
  /** deleting a missing file is not an error */
  delete(key: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    storage: FileStorage;
  }
}

export function localDiskStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    const file = path.resolve(root, checkStorageKey(key));
    if (!file.startsWith(path.resolve(root) + path.sep)) throw new Error(`invalid storage key ${key}`);
    return file;
  };
  return {
    async put(key, body) {
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // written under a temporary name first: a reader never sees half a file
      const partial = `${file}.partial`;
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(partial));
      await fs.rename(partial, file);
    },
    async get(key) {
      const file = pathOf(key);
      try {
        await fs.access(file);
      } catch {
        return null;
      }
      return createReadStream(file);
    },
    async delete(key) {
      await fs.rm(pathOf(key), { force: true });
    },
  };
}

export interface StorageOptions {
  dataDir: string;
  /** set: the files go to this bucket, and DATA_DIR/files is not used */
  s3?: S3StorageOptions | null;
}

export default fp(
  async function storage(app: FastifyInstance, options: StorageOptions) {
    if (options.s3) {
      // the AWS SDK is loaded only here: an instance on local disk would carry it (some 6 MB) for nothing
      const { s3Storage } = await import('./s3-storage');
      const store = s3Storage(options.s3);
      app.decorate('storage', store);
      app.addHook('onClose', () => store.close());
    } else {
      app.decorate('storage', localDiskStorage(path.join(options.dataDir, 'files')));
    }
  },
  { name: 'storage' },
);
