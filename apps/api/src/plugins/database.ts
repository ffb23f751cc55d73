import { createDatabase, type Database } from '@groupdesk/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type pg from 'pg';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    pool: pg.Pool;
  }
}

/** The connection pool; migrations are run by the caller before the app is built. */
export default fp(
  async function database(app: FastifyInstance, options: { databaseUrl: string }) {
    const { db, pool } = createDatabase(options.databaseUrl);
    pool.on('error', (error) => {
      // 57P01: the server is shutting down (the embedded one stops on the same signal as the app)
      if ((error as { code?: string }).code === '57P01') app.log.info('database server is shutting down');
      else app.log.error({ err: error }, 'idle database client failed');
    });
    app.decorate('db', db);
    app.decorate('pool', pool);
    app.addHook('onClose', async () => {
      await pool.end();
    });
  },
  { name: 'database' },
);
