import type { Executor } from '@groupdesk/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import PgBoss from 'pg-boss';

/** The payload of each job, by queue name; features add their own with `declare module '…/plugins/jobs'`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}
export type JobName = Extract<keyof JobPayloads, string>;

export interface JobDefinition<N extends JobName> {
  handler: (
    data: JobPayloads[N],
    job: { id: string; retryCount: number; retryLimit: number },
  ) => Promise<void>;
  /** a cron expression (UTC): the job is also sent on this schedule */
  schedule?: string;
  retryLimit?: number;
}

export interface Jobs {
  /** Declares a queue and its handler; call it while the app is being built, before ready(). */
  define<N extends JobName>(name: N, definition: JobDefinition<N>): void;
  /** Enqueues a job; with `tx`, in that transaction, so the job exists exactly when the transaction commits. */
  send<N extends JobName>(name: N, data: JobPayloads[N], options?: { tx?: Executor }): Promise<string>;
  readonly boss: PgBoss;
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: Jobs;
  }
}

export interface JobsOptions {
  databaseUrl: string;
  /** workers per queue in this instance; 0: this instance only enqueues */
  workers: number;
  pollingIntervalSeconds?: number;
}

/** pg-boss's SQL ($1, $2 … placeholders) run through a drizzle executor, so that it joins its transaction. */
export function drizzleJobDb(executor: Executor): PgBoss.Db {
  return {
    async executeSql(text, values: unknown[]) {
      const parts = text.split(/\$(\d+)/);
      const chunks = parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1]}`));
      const result = await executor.execute(sql.join(chunks));
      return { rows: result.rows };
    },
  };
}

// retry with back-off: 30 s, 60 s, 120 s … capped at 10 minutes
const retryDefaults = { retryLimit: 3, retryDelay: 30, retryBackoff: true, retryDelayMax: 600 };

/**
 * The job queue in PostgreSQL (pg-boss): jobs survive a restart, run once across instances and retry with
 * back-off. The queues are created and the workers started when the app is ready.
 */
export default fp(
  async function jobs(app: FastifyInstance, options: JobsOptions) {
    const working = options.workers > 0;
    const boss = new PgBoss({
      connectionString: options.databaseUrl,
      max: 3,
      schedule: working,
      supervise: working,
    });
    boss.on('error', (error) => app.log.error({ err: error }, 'job queue error'));
    await boss.start();

    const definitions = new Map<string, JobDefinition<JobName>>();
    app.decorate('jobs', {
      boss,
      define(name, definition) {
        definitions.set(name, definition as unknown as JobDefinition<JobName>);
      },
      async send(name, data, sendOptions = {}) {
        const id = await boss.send(
          name,
          data as object,
          sendOptions.tx ? { db: drizzleJobDb(sendOptions.tx) } : {},
        );
        if (!id) throw new Error(`the job ${name} was not queued`);
        return id;
      },
    } satisfies Jobs);

    app.addHook('onReady', async () => {
      for (const [name, definition] of definitions) {
        const queue = {
          ...retryDefaults,
          ...(definition.retryLimit === undefined ? {} : { retryLimit: definition.retryLimit }),
        };
        if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
        else await boss.createQueue(name, queue);
        if (!working) continue;
        if (definition.schedule) await boss.schedule(name, definition.schedule, {}, { tz: 'UTC' });
        for (let i = 0; i < options.workers; i += 1) {
          await boss.work<JobPayloads[JobName]>(
            name,
            { includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
            async ([job]) => {
              if (job) await definition.handler(job.data, job);
            },
          );
        }
      }
    });
    app.addHook('onClose', async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
    });
  },
  { name: 'jobs', dependencies: ['database'] },
);
