import type { FastifyInstance } from 'fastify';
import { EXPORT_JOB, runInsuredListExport } from './insured-list-export';

/** The background jobs of the insured list. */
export default async function insuredListJobs(app: FastifyInstance) {
  app.jobs.define(EXPORT_JOB, {
    handler: (data, job) => runInsuredListExport(app, data.actionId, job),
    retryLimit: 2,
  });
}
