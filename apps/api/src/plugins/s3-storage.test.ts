import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld } from '../../test/fixtures';
import { client } from '../../test/http';
import { columnOf, exportedRows, insuredList, workbookBuffer } from '../../test/insured-list';
import { startS3Server } from '../../test/s3';
import { createTestApp, login } from '../../test/test-app';
import { objectStorageOf } from '../storage-config';
import { s3Storage } from './s3-storage';

let s3: Awaited<ReturnType<typeof startS3Server>>;
let storage: ReturnType<typeof s3Storage>;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const read = async (key: string) => {
  const stream = await storage.get(key);
  return stream ? buffer(stream) : null;
};

beforeAll(async () => {
  s3 = await startS3Server();
  storage = s3Storage(objectStorageOf({ ...s3.env, S3_REGION: 'us-east-1' })!);
});
afterAll(async () => {
  storage.close();
  await s3.close();
});

describe('s3Storage against a real S3 protocol server', () => {
  it('puts, gets and deletes a file; a missing key reads as null and deletes without error', async () => {
    const content = Buffer.from('numéro national;e-mail\n85073003328;anna@example.be\n');
    await storage.put('uploads/employer-1/action-1.csv', content);
    expect(await read('uploads/employer-1/action-1.csv')).toEqual(content);

    await storage.delete('uploads/employer-1/action-1.csv');
    expect(await storage.get('uploads/employer-1/action-1.csv')).toBeNull();
    expect(await storage.get('never/written.xlsx')).toBeNull();
    await expect(storage.delete('never/written.xlsx')).resolves.toBeUndefined();
  });

  it('streams a 10 MB file of unknown length in parts and gives back the same bytes', async () => {
    const chunks = Array.from({ length: 160 }, () => randomBytes(64 * 1024));
    const whole = Buffer.concat(chunks);
    await storage.put('exports/employer-1/large.xlsx', Readable.from(chunks));
    const back = await read('exports/employer-1/large.xlsx');
    expect(back?.length).toBe(10 * 1024 * 1024);
    expect(sha256(back!)).toBe(sha256(whole));
  });

  it('keeps no object when the stream fails halfway, and tells the writer', async () => {
    const source = new Readable({ read() {} });
    source.push(randomBytes(1024));
    const put = storage.put('exports/employer-1/broken.xlsx', source);
    setTimeout(() => source.destroy(new Error('the export failed')), 50);
    await expect(put).rejects.toThrow();
    expect(source.destroyed).toBe(true);
    expect(await storage.get('exports/employer-1/broken.xlsx')).toBeNull();
  });

  it('refuses the keys the disk refuses', async () => {
    for (const key of ['../outside.xlsx', '/absolute.xlsx', 'exports//double.xlsx', 'exports/./x', 'a\\b']) {
      await expect(storage.put(key, Buffer.from('x')), key).rejects.toThrow(/invalid storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/invalid storage key/);
    }
  });
});

describe('the app with S3_BUCKET set', () => {
  it('exports to the bucket, serves the download from it, and validates an upload kept there', async () => {
    const t = await createTestApp(s3.env);
    try {
      const world = await loadDemoWorld(t.db);
      const employerId = world.employerId.vanDamme;
      const list = insuredList(t, employerId);
      const hr = await login(t.app, 'hr@demo.groupdesk.be');

      const { workbook, sheet, raw, exportId } = await list.exportWorkbook(hr);
      const key = `exports/${employerId}/${exportId}.xlsx`;
      expect(sha256((await read(key))!)).toBe(sha256(raw));
      // nothing went to the local disk
      expect(fs.existsSync(path.join(t.app.config.dataDir, 'files', key))).toBe(false);

      const blank = exportedRows(sheet).find((row) => row.email === '')!;
      sheet.getRow(blank.row).getCell(columnOf(sheet, 'E-mail professionnel')).value =
        's3@brasserie-vandamme.be';
      const upload = await list.uploadAndValidate(hr, 'liste.xlsx', await workbookBuffer(workbook));
      expect(upload.status, upload.error ?? '').toBe('ready');
      expect(upload.counts).toMatchObject({ added: 1, errors: 0 });
      expect(await read(`uploads/${employerId}/${upload.id}.xlsx`)).not.toBeNull();
      // the report is written from the original kept in the bucket
      const report = await client(t.app, hr).get(upload.downloadUrl!);
      expect(report.statusCode).toBe(200);
      expect(report.rawPayload.subarray(0, 2).toString()).toBe('PK');
    } finally {
      await t.close();
    }
  });
});
