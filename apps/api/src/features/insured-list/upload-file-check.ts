import { createInflateRaw } from 'node:zlib';
import { uploadLimits } from '@groupdesk/contracts';

export type UploadFormat = 'xlsx' | 'csv';

/** Why a file is refused before anything reads it; the route answers with the status and message. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: 413 | 415 | 400,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const notAWorkbook = () =>
  new UploadRefusal(
    415,
    'unsupported_media_type',
    'This file is not an insured list: send the .xlsx workbook of the export, or a .csv file.',
  );

const zipBomb = () =>
  new UploadRefusal(
    413,
    'payload_too_large',
    'This workbook unpacks to far more data than an insured list holds; it was not read.',
  );

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * The entries of a zip file, from its central directory (the end of the file). Zip64 and
 * multi-disk archives are refused: a workbook of 20 MB needs neither.
 */
export function readZipDirectory(file: Buffer): ZipEntry[] {
  const endSignature = 0x06054b50;
  let end = -1;
  for (let i = file.length - 22; i >= Math.max(0, file.length - 22 - 0xffff); i -= 1) {
    if (file.readUInt32LE(i) === endSignature) {
      end = i;
      break;
    }
  }
  if (end < 0) throw notAWorkbook();
  const count = file.readUInt16LE(end + 10);
  const directorySize = file.readUInt32LE(end + 12);
  let offset = file.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff || offset + directorySize > file.length) throw zipBomb();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > file.length || file.readUInt32LE(offset) !== 0x02014b50) throw notAWorkbook();
    const nameLength = file.readUInt16LE(offset + 28);
    const entry = {
      method: file.readUInt16LE(offset + 10),
      compressedSize: file.readUInt32LE(offset + 20),
      uncompressedSize: file.readUInt32LE(offset + 24),
      localHeaderOffset: file.readUInt32LE(offset + 42),
      name: file.toString('utf8', offset + 46, offset + 46 + nameLength),
    };
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) throw zipBomb();
    entries.push(entry);
    offset += 46 + nameLength + file.readUInt16LE(offset + 30) + file.readUInt16LE(offset + 32);
  }
  return entries;
}

/** Inflates one entry without keeping its output, failing as soon as it grows past what its header says. */
async function inflatesWithin(file: Buffer, entry: ZipEntry): Promise<boolean> {
  const local = entry.localHeaderOffset;
  if (local + 30 > file.length || file.readUInt32LE(local) !== 0x04034b50) return false;
  const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
  const data = file.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length === entry.uncompressedSize;
  if (entry.method !== 8) return false;
  return new Promise((resolve) => {
    let size = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > entry.uncompressedSize) {
        inflate.destroy();
        resolve(false);
      }
    });
    inflate.on('end', () => resolve(size === entry.uncompressedSize));
    inflate.on('error', () => resolve(false));
    inflate.end(data);
  });
}

/**
 * A zip bomb check before exceljs reads the workbook (its reader has no limit): the central directory must
 * promise at most 200 MB unpacked and a ratio of at most 100:1, and every entry must keep that promise when
 * inflated (a lying directory is the classic way around the first check). The inflated bytes are counted,
 * never kept.
 */
export async function checkWorkbookZip(file: Buffer): Promise<void> {
  const entries = readZipDirectory(file);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw notAWorkbook();
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (unpacked > uploadLimits.maxUnpackedBytes || unpacked > file.length * uploadLimits.maxCompressionRatio) {
    throw zipBomb();
  }
  for (const entry of entries) {
    if (!(await inflatesWithin(file, entry))) throw zipBomb();
  }
}

const startsWith = (file: Buffer, bytes: number[]) => bytes.every((byte, i) => file[i] === byte);

/**
 * What the file is, from its content whatever its name: an xlsx workbook (a zip), or CSV text. The old
 * binary .xls format, PDFs, images and other binaries are refused.
 */
export async function detectUploadFormat(file: Buffer, fileName = ''): Promise<UploadFormat> {
  if (file.length === 0) throw new UploadRefusal(400, 'empty_file', 'The file is empty.');
  if (startsWith(file, [0x50, 0x4b, 0x03, 0x04])) {
    await checkWorkbookZip(file);
    return 'xlsx';
  }
  if (startsWith(file, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new UploadRefusal(
      415,
      'unsupported_media_type',
      'This is the old Excel 97–2003 format (.xls): open it in Excel and save it as .xlsx, then upload it again.',
    );
  }
  // a name that promises a workbook over text content: the user picked the wrong file
  if (/\.xls[xm]?$/i.test(fileName)) throw notAWorkbook();
  // text: no NUL byte and no other control character than tab, CR and LF in the first 64 KB
  const head = file.subarray(0, 65_536);
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) throw notAWorkbook();
  }
  return 'csv';
}
