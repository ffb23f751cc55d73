import type { FastifyInstance } from 'fastify';
import { PRINT_JOB } from './statement-print';
import { runStatementPrint } from './statement-print-job';

/** The background job of printing many statements into one PDF. */
export default async function statementJobs(app: FastifyInstance) {
  app.jobs.define(PRINT_JOB, {
    handler: (data, job) => runStatementPrint(app, data.actionId, job),
    retryLimit: 2,
  });
}
