import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/**
 * A streaming zip writer, just enough for an .xlsx package: deflated entries written one after the other
 * straight to the output, then the central directory. An entry streamed from an async source has its CRC
 * and sizes in a data descriptor after its data (general purpose bit 3), since they are known only then;
 * memory stays at a chunk or two whatever the size. No Zip64: a workbook stays far below 4 GB, and a
 * zip that would need it is refused rather than written wrong.
 */

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const DEFLATE = 8;
const SIZES_AFTER_DATA = 0x0008;
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;
const CHUNK_BYTES = 65_536;
// level 1 deflates three to four times faster than the default 6 (0.16 s against 0.58 s for the 59 MB sheet of
// 100,000 affiliates, measured), for a file 14% larger: 8.5 MB against 7.4, far below the upload's limit.
// The deflater runs on libuv's thread pool: with a megabyte of text queued ahead of it rather than the
// default 16 KB, it compresses while the rows of the next chunks are written instead of taking turns.
const deflateOptions = { level: 1, chunkSize: CHUNK_BYTES, writableHighWaterMark: 1_048_576 };

// zlib.crc32 came with Node 20.15; the workspace still allows 20.11
const crcTable = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
export function tableCrc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
const crc32: (bytes: Uint8Array, previous?: number) => number =
  typeof zlib.crc32 === 'function' ? zlib.crc32 : tableCrc32;

/**
 * Texts encoded as UTF-8 into chunks of about 64 KB. Writing many small strings into a buffer is far
 * cheaper than concatenating them and encoding the result: a large concatenated string has to be flattened
 * first, and turns to garbage the collector must move.
 */
async function* utf8Chunks(parts: AsyncIterable<string | Iterable<string>>): AsyncGenerator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  for await (const part of parts) {
    for (const text of typeof part === 'string' ? [part] : part) {
      // a UTF-16 code unit takes at most 3 bytes in UTF-8
      if (used + text.length * 3 > chunk.length) {
        if (used > 0) yield chunk.subarray(0, used);
        chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, text.length * 3));
        used = 0;
      }
      used += chunk.write(text, used);
    }
  }
  if (used > 0) yield chunk.subarray(0, used);
}

interface Entry {
  name: Buffer;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function dosDateTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: ((Math.max(at.getFullYear(), 1980) - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

function tooLarge(what: string): Error {
  return new Error(`The workbook is too large for a zip without Zip64 (${what}); it was not finished.`);
}

export class ZipStreamWriter {
  readonly #output: Writable;
  readonly #stamp: { time: number; date: number };
  readonly #entries: Entry[] = [];
  #offset = 0;

  constructor(output: Writable, modifiedAt = new Date()) {
    this.#output = output;
    this.#stamp = dosDateTime(modifiedAt);
  }

  /** A small entry, deflated at once: its sizes go in the local header. */
  async addFile(name: string, content: string | Buffer): Promise<void> {
    const data = typeof content === 'string' ? Buffer.from(content) : content;
    const compressed = zlib.deflateRawSync(data);
    const entry = {
      ...this.#entry(name, 0),
      crc: crc32(data),
      size: data.length,
      compressedSize: compressed.length,
    };
    this.#close(entry);
    await this.#write(this.#localHeader(entry));
    await this.#write(compressed);
  }

  /**
   * An entry streamed through the deflater, honouring the output's backpressure. `parts` yields text, or
   * iterables of texts (a page of rows) that are encoded one by one, never joined into one large string.
   */
  async addStream(name: string, parts: AsyncIterable<string | Iterable<string>>): Promise<void> {
    const entry = this.#entry(name, SIZES_AFTER_DATA);
    await this.#write(this.#localHeader(entry));
    await pipeline(
      parts,
      utf8Chunks,
      async function* measure(source: AsyncIterable<Buffer>) {
        for await (const bytes of source) {
          entry.crc = crc32(bytes, entry.crc);
          entry.size += bytes.length;
          yield bytes;
        }
      },
      zlib.createDeflateRaw(deflateOptions),
      async function* count(source: AsyncIterable<Buffer>) {
        for await (const bytes of source) {
          entry.compressedSize += bytes.length;
          yield bytes;
        }
      },
      this.#output,
      { end: false },
    );
    this.#offset += entry.compressedSize;
    this.#close(entry);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
    this.#sizes(entry, descriptor, 4);
    await this.#write(descriptor);
  }

  /** Writes the central directory and the end record, ends the output and waits until it has flushed. */
  async finish(): Promise<void> {
    const start = this.#offset;
    for (const entry of this.#entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_HEADER, 0);
      header.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes (none), 2.0
      this.#common(entry, header, 6);
      header.writeUInt32LE(entry.offset, 42);
      await this.#write(Buffer.concat([header, entry.name]));
    }
    if (this.#offset > MAX_32) throw tooLarge('central directory offset');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_DIRECTORY, 0);
    end.writeUInt16LE(this.#entries.length, 8);
    end.writeUInt16LE(this.#entries.length, 10);
    end.writeUInt32LE(this.#offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.#write(end);
    this.#output.end();
    await finished(this.#output, { readable: false });
  }

  #entry(name: string, flags: number): Entry {
    if (this.#entries.length >= MAX_ENTRIES) throw tooLarge('entry count');
    if (this.#offset > MAX_32) throw tooLarge(`offset of ${name}`);
    return { name: Buffer.from(name), flags, crc: 0, compressedSize: 0, size: 0, offset: this.#offset };
  }

  #close(entry: Entry): void {
    if (entry.size > MAX_32 || entry.compressedSize > MAX_32)
      throw tooLarge(`size of ${entry.name.toString()}`);
    this.#entries.push(entry);
  }

  #localHeader(entry: Entry): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    this.#common(entry, header, 4);
    return Buffer.concat([header, entry.name]);
  }

  /** The fields local and central headers share, from "version needed" to the name's length. */
  #common(entry: Entry, header: Buffer, at: number): void {
    header.writeUInt16LE(VERSION, at);
    header.writeUInt16LE(entry.flags, at + 2);
    header.writeUInt16LE(DEFLATE, at + 4);
    header.writeUInt16LE(this.#stamp.time, at + 6);
    header.writeUInt16LE(this.#stamp.date, at + 8);
    this.#sizes(entry, header, at + 10);
    header.writeUInt16LE(entry.name.length, at + 22);
  }

  #sizes(entry: Entry, buffer: Buffer, at: number): void {
    buffer.writeUInt32LE(entry.crc, at);
    buffer.writeUInt32LE(entry.compressedSize, at + 4);
    buffer.writeUInt32LE(entry.size, at + 8);
  }

  async #write(bytes: Buffer): Promise<void> {
    this.#offset += bytes.length;
    if (!this.#output.write(bytes)) await once(this.#output, 'drain');
  }
}
