import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type InsuredListRow, writeInsuredListWorkbook } from './insured-list-workbook';
import { readZipDirectory } from './upload-file-check';
import { readXlsxRows } from './xlsx-reader';
import { ZipStreamWriter, tableCrc32 } from './xlsx-writer';

/** A slow output with a tiny buffer, so that the writer has to wait for 'drain' again and again. */
function slowOutput() {
  const chunks: Buffer[] = [];
  const output = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { output, bytes: () => Buffer.concat(chunks) };
}

/** Each entry's CRC from the central directory, which `readZipDirectory` leaves out. */
function directoryCrcs(file: Buffer): Map<string, number> {
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const crcs = new Map<string, number>();
  for (let offset = file.readUInt32LE(end + 16), i = 0; i < file.readUInt16LE(end + 10); i += 1) {
    const nameLength = file.readUInt16LE(offset + 28);
    crcs.set(file.toString('utf8', offset + 46, offset + 46 + nameLength), file.readUInt32LE(offset + 16));
    offset += 46 + nameLength;
  }
  return crcs;
}

function entryData(file: Buffer, entry: ReturnType<typeof readZipDirectory>[number]): Buffer {
  const local = entry.localHeaderOffset;
  const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
  return inflateRawSync(file.subarray(start, start + entry.compressedSize));
}

async function* pagesOf<T>(items: T[], size: number) {
  for (let i = 0; i < items.length; i += size) {
    await sleep(0);
    yield items.slice(i, i + size);
  }
}

describe('ZipStreamWriter', () => {
  it('writes small and streamed entries that read back byte for byte, CRC and sizes included', async () => {
    const { output, bytes } = slowOutput();
    const zip = new ZipStreamWriter(output, new Date(2026, 5, 15, 10, 11, 12));
    const rows = Array.from({ length: 30_000 }, (_, i) => `<row>é€𝄞 ${i}</row>`);
    const long = 'x'.repeat(200_000); // longer than a chunk
    await zip.addFile('small.xml', '<a>Prénom</a>');
    await zip.addStream('big.xml', pagesOf(['<big>', ...rows, long, '</big>'], 1_000));
    await zip.finish();
    const file = bytes();

    const expected = new Map([
      ['small.xml', Buffer.from('<a>Prénom</a>')],
      ['big.xml', Buffer.from(`<big>${rows.join('')}${long}</big>`)],
    ]);
    const crcs = directoryCrcs(file);
    const entries = readZipDirectory(file);
    expect(entries.map((entry) => entry.name)).toEqual([...expected.keys()]);
    for (const entry of entries) {
      const content = expected.get(entry.name)!;
      expect(entry.uncompressedSize).toBe(content.length);
      expect(entryData(file, entry).equals(content)).toBe(true);
      expect(crcs.get(entry.name)).toBe(crc32(content));
    }
    // the streamed entry: sizes follow its data, in a data descriptor
    const big = entries[1]!;
    expect(file.readUInt16LE(big.localHeaderOffset + 6) & 0x0008).toBe(0x0008);
    const descriptor = big.localHeaderOffset + 30 + 'big.xml'.length + big.compressedSize;
    expect(file.readUInt32LE(descriptor)).toBe(0x08074b50);
    expect(file.readUInt32LE(descriptor + 4)).toBe(crcs.get('big.xml'));
    expect(file.readUInt32LE(descriptor + 12)).toBe(big.uncompressedSize);

    const unzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
    if (unzip.status === 0) {
      const zipFile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'zip-')), 'test.zip');
      await fs.writeFile(zipFile, file);
      expect(spawnSync('unzip', ['-tq', zipFile], { encoding: 'utf8' }).status).toBe(0);
    }
  });

  it('computes the same CRC-32 as zlib, whole or in parts (the fallback for Node before 20.15)', () => {
    const data = randomBytes(100_000);
    expect(tableCrc32(data)).toBe(crc32(data));
    expect(tableCrc32(data.subarray(77_777), tableCrc32(data.subarray(0, 77_777)))).toBe(crc32(data));
  });
});

describe('writeInsuredListWorkbook', () => {
  const affiliate = (i: number, overrides: Partial<InsuredListRow> = {}): InsuredListRow => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    contracts: 'GC-2019-001',
    nationalNumber: '85021500101',
    lastName: 'Peeters',
    firstName: 'Jan',
    birthDate: '1985-02-15',
    language: 'nl',
    employmentStatus: 'in-service',
    professionalEmail: `jan.${i}@brasserie.be`,
    privateEmailKnown: false,
    ...overrides,
  });
  const meta = {
    employerId: '11111111-1111-4111-8111-111111111111',
    employerName: 'Brasserie <Van Damme> & Fils',
    exportId: '22222222-2222-4222-8222-222222222222',
    exportedAt: new Date('2026-06-15T10:11:12.345Z'),
    language: 'fr' as const,
  };
  const tricky = affiliate(2, {
    lastName: ' <Dubois> & "fils" ',
    firstName: `Zoë\u0001\u000b\ud800 Ōtsuka 𝄞`,
    nationalNumber: null,
    birthDate: null,
    professionalEmail: null,
    employmentStatus: 'left',
    privateEmailKnown: true,
  });

  it('writes what exceljs and the upload reader read back: values, styles, note, rule, protection', async () => {
    const { output, bytes } = slowOutput();
    const rows = [affiliate(1), tricky, ...Array.from({ length: 2_500 }, (_, i) => affiliate(i + 3))];
    expect(await writeInsuredListWorkbook(output, meta, pagesOf(rows, 1_000))).toBe(rows.length);
    const file = bytes();

    const read = [];
    for await (const row of readXlsxRows(file)) read.push(row);
    expect(read).toHaveLength(1 + rows.length + 5);
    expect(read[1]!.cells).toEqual([
      'GC-2019-001',
      '85.02.15-001.01',
      'Peeters',
      'Jan',
      31093,
      'NL',
      'En service',
      'jan.1@brasserie.be',
      'Non',
      rows[0]!.id,
    ]);
    expect(read[2]!.cells).toEqual([
      'GC-2019-001',
      null,
      ' <Dubois> & "fils" ',
      'Zoë Ōtsuka 𝄞',
      null,
      'NL',
      'Sorti',
      null,
      'Oui',
      tricky.id,
    ]);
    expect(read.at(-4)).toEqual({ sheet: 2, sheetRow: 2, cells: ['employer', meta.employerName] });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from([file]));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Liste des assurés');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(10).hidden).toBe(true);
    expect(sheet.getColumn(8).width).toBe(36);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(JSON.stringify(sheet.getRow(1).getCell(8).note)).toMatch(/Seule colonne/);
    const first = sheet.getRow(2);
    expect(first.getCell(5).value).toEqual(new Date('1985-02-15T00:00:00Z'));
    expect(first.getCell(5).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(2).numFmt).toBe('@');
    expect(first.getCell(8)).toMatchObject({ numFmt: '@', protection: { locked: false } });
    expect(first.getCell(3).protection?.locked).not.toBe(false);
    expect(sheet.getRow(3).getCell(8).protection).toMatchObject({ locked: false });
    expect(sheet.getRow(rows.length + 1).getCell(8).dataValidation).toMatchObject({
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [254],
      error: 'Une adresse e-mail compte 254 caractères au plus.',
    });
    // exceljs's model says what the user may still do, as `sheet.protect` takes it
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({
      sheet: true,
      formatColumns: true,
      sort: true,
      autoFilter: true,
    });
    expect(workbook.getWorksheet('groupdesk')!.state).toBe('hidden');
    expect(workbook.creator).toBe('groupdesk');
  });

  it('fails, rather than hangs, when a page cannot be read (the next page is asked for ahead)', async () => {
    async function* failing() {
      yield [affiliate(1)];
      await sleep(5);
      throw new Error('the database went away');
    }
    const { output } = slowOutput();
    await expect(writeInsuredListWorkbook(output, meta, failing())).rejects.toThrow('the database went away');
  });
});
