import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Where files live (exports, upload originals, reports, PDFs): local disk now, S3-compatible storage later. */
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

/** Keys are paths like `exports/<employer>/<action>.xlsx`; one that climbs out of the root is refused. */
export function localDiskStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    const file = path.resolve(root, key);
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

export default fp(
  async function storage(app: FastifyInstance, options: { dataDir: string }) {
    app.decorate('storage', localDiskStorage(path.join(options.dataDir, 'files')));
  },
  { name: 'storage' },
);
