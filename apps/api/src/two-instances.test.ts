import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Action, ActionResponse, SessionResponse } from '@groupdesk/contracts';
import { createDatabase, schema } from '@groupdesk/db';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld, seededStatementYears, type DemoWorld } from '../test/fixtures';
import { type Instance, loginTo, startInstance, until } from '../test/instances';
import { columnOf, exportedRows } from '../test/insured-list';
import { startS3Server } from '../test/s3';
import { mailTo, startSmtpServer } from '../test/smtp';
import { DEMO_PASSWORD, createTestDatabase } from '../test/test-app';
import { EXPORT_JOB } from './features/insured-list/insured-list-export';
import { UPLOAD_JOB } from './features/insured-list/insured-list-upload';
import { PRINT_JOB } from './features/statements/statement-print';

type Storage = 'one DATA_DIR' | 'one S3 bucket';

/**
 * Two instances of the app against ONE database and one file store: `withWorkers` runs the jobs,
 * `requestsOnly` (WORKERS=0) only serves HTTP, as the app instances of docker-compose.yml do.
 */
describe.each<Storage>(['one DATA_DIR', 'one S3 bucket'])('two instances sharing %s', (storage) => {
  let withWorkers: Instance;
  let requestsOnly: Instance;
  let database: ReturnType<typeof createDatabase>;
  let world: DemoWorld;
  let hr: string;
  const closers: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    const databaseUrl = await createTestDatabase();
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'groupdesk-instances-'));
    closers.push(() => fs.rm(dataDir, { recursive: true, force: true }));
    let files: Record<string, string> = {};
    if (storage === 'one S3 bucket') {
      const s3 = await startS3Server();
      closers.push(() => s3.close());
      files = s3.env;
    }
    const env = { DATA_DIR: dataDir, ...files };
    // started at the same time, as a deployment starts them
    [withWorkers, requestsOnly] = await Promise.all([
      startInstance(databaseUrl, { ...env, WORKERS: '1' }),
      startInstance(databaseUrl, { ...env, WORKERS: '0' }),
    ]);
    closers.unshift(
      () => withWorkers.close(),
      () => requestsOnly.close(),
    );
    database = createDatabase(databaseUrl, { max: 2 });
    closers.unshift(() => database.pool.end());
    world = await loadDemoWorld(database.db);
    hr = await loginTo(withWorkers, 'hr@demo.groupdesk.be', DEMO_PASSWORD);
  });
  afterAll(async () => {
    for (const close of closers) await close();
  });

  const employerUrl = () => `/api/employers/${world.employerId.vanDamme}`;

  /** The pg-boss jobs of one action: a job fetched twice would show a retry count above 0. */
  async function jobRunsOf(queue: string, actionId: string) {
    return until(async () => {
      const { rows } = await database.pool.query<{ state: string; retry_count: number }>(
        `select state, retry_count from pgboss.job where name = $1 and data->>'actionId' = $2`,
        [queue, actionId],
      );
      return rows.every((row) => row.state === 'completed') && rows;
    });
  }

  /** Asks `instance` for an action, waits until it is ready, and checks that one job ran it once. */
  async function runAction(instance: Instance, queue: string, url: string, body: unknown) {
    const response = await instance.as(hr).post(url, body);
    expect(response.status, await response.clone().text()).toBe(202);
    const { action } = (await response.json()) as ActionResponse;
    const done = await until(async () => {
      const shown = (await (
        await instance.as(hr).get(`${employerUrl()}/actions/${action.id}`)
      ).json()) as Action;
      return shown.status !== 'queued' && shown.status !== 'running' && shown;
    }, 20_000);
    expect(done.status, done.error ?? '').toBe('ready');
    expect(await jobRunsOf(queue, action.id)).toEqual([{ state: 'completed', retry_count: 0 }]);
    return done;
  }

  const download = async (instance: Instance, action: Action) => {
    const response = await instance.as(hr).get(action.downloadUrl!);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  it('a session opened on one instance is valid on the other, and a logout on either ends it on both', async () => {
    expect(withWorkers.app.config.WORKERS).toBe(1);
    expect(requestsOnly.app.config.WORKERS).toBe(0);
    const cookie = await loginTo(requestsOnly, 'viewer@demo.groupdesk.be', DEMO_PASSWORD);
    for (const instance of [requestsOnly, withWorkers]) {
      const response = await instance.as(cookie).get('/api/session');
      expect(response.status).toBe(200);
      expect(((await response.json()) as SessionResponse).user.email).toBe('viewer@demo.groupdesk.be');
    }
    expect((await withWorkers.as(cookie).delete('/api/session')).status).toBe(204);
    expect((await requestsOnly.as(cookie).get('/api/session')).status).toBe(401);
  });

  it('an export asked of the instance without workers is run once by the other, and its file served by both', async () => {
    const action = await runAction(requestsOnly, EXPORT_JOB, `${employerUrl()}/insured-list/exports`, {});
    const fromWorker = await download(withWorkers, action);
    expect(await download(requestsOnly, action)).toEqual(fromWorker);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from([fromWorker]));
    expect(exportedRows(workbook.worksheets[0]!).length).toBe(action.counts.rows);

    // the round trip goes on across the instances: the file comes back to the one without workers,
    // the other's worker validates the original it kept, and the report is written by either
    const sheet = workbook.worksheets[0]!;
    const blank = exportedRows(sheet).find((row) => row.email === '')!;
    sheet.getRow(blank.row).getCell(columnOf(sheet, 'E-mail professionnel')).value =
      'two@brasserie-vandamme.be';
    const form = new FormData();
    form.append('file', new Blob([await workbook.xlsx.writeBuffer()]), 'liste.xlsx');
    const upload = await runAction(requestsOnly, UPLOAD_JOB, `${employerUrl()}/insured-list/uploads`, form);
    expect(upload.counts).toMatchObject({ added: 1, errors: 0 });
    const report = await download(withWorkers, upload);
    expect(report.subarray(0, 2).toString()).toBe('PK');
  });

  it('a statement print asked of one instance is printed once by the other and served by both', async () => {
    const year = seededStatementYears.at(-2)!;
    const { rows } = await database.pool.query<{ id: string }>(
      `select distinct a.id from affiliates a join benefit_statements s on s.affiliate_id = a.id
       where a.employer_id = $1 and s.year = $2 limit 2`,
      [world.employerId.vanDamme, year],
    );
    expect(rows).toHaveLength(2);
    const body = { year, affiliateIds: rows.map((row) => row.id) };
    const action = await runAction(requestsOnly, PRINT_JOB, `${employerUrl()}/statements/prints`, body);
    const pdf = await download(requestsOnly, action);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await download(withWorkers, action)).toEqual(pdf);
  });
});

describe('two instances that both dispatch the outbox', () => {
  it('send each e-mail once', async () => {
    const smtp = await startSmtpServer();
    const databaseUrl = await createTestDatabase();
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'groupdesk-instances-'));
    const env = { DATA_DIR: dataDir, SMTP_URL: smtp.url, WORKERS: '1', MAIL_POLL_SECONDS: '0.05' };
    const instances = await Promise.all([startInstance(databaseUrl, env), startInstance(databaseUrl, env)]);
    const { db, pool } = createDatabase(databaseUrl, { max: 2 });
    try {
      const world = await loadDemoWorld(db);
      const [affiliate] = await pool
        .query<{ id: string }>('select id from affiliates where employer_id = $1 limit 1', [
          world.employerId.vanDamme,
        ])
        .then((result) => result.rows);
      // more than one dispatcher's batch (100), so that both have work at the same moment
      const recipients = Array.from({ length: 150 }, (_, i) => `twin-${i}@brasserie-vandamme.be`);
      await db.insert(schema.emailOutbox).values(
        recipients.map((recipient) => ({
          employerId: world.employerId.vanDamme,
          affiliateId: affiliate!.id,
          kind: 'confirmation',
          recipient,
          language: 'fr' as const,
          idempotencyKey: `twins:${recipient}`,
        })),
      );
      for (const instance of instances) instance.app.emailDispatch.nudge();

      await until(async () => smtp.messages.length >= recipients.length, 20_000);
      // a few more polls of both dispatchers: nothing is sent a second time
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(smtp.messages).toHaveLength(recipients.length);
      expect(new Set(smtp.messages.map((mail) => mail.messageId)).size).toBe(recipients.length);
      expect(smtp.messages.flatMap((mail) => mailTo(mail)).sort()).toEqual([...recipients].sort());
      // both took their share: what each dispatcher logged as sent adds up to the e-mails, none twice
      const sentBy = instances.map((instance) =>
        instance.logs
          .filter((line) => line.msg === 'e-mails dispatched')
          .reduce((sum, line) => sum + Number(line.sent), 0),
      );
      expect(
        sentBy.every((sent) => sent > 0),
        `sent by each: ${sentBy.join(', ')}`,
      ).toBe(true);
      expect(sentBy[0]! + sentBy[1]!).toBe(recipients.length);
      const { rows } = await pool.query<{ status: string; attempts: number; n: number }>(
        `select status, attempts, count(*)::int as n from email_outbox where idempotency_key like 'twins:%'
         group by status, attempts`,
      );
      expect(rows).toEqual([{ status: 'sent', attempts: 1, n: recipients.length }]);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await pool.end();
      await smtp.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
