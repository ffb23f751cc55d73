import type { FastifyInstance } from 'fastify';
import { EXPORT_JOB, runInsuredListExport } from './insured-list-export';
import { UPLOAD_JOB, runUploadValidation } from './insured-list-upload';

/** The background jobs of the insured list. */
export default async function insuredListJobs(app: FastifyInstance) {
  app.jobs.define(EXPORT_JOB, {
    handler: (data, job) => runInsuredListExport(app, data.actionId, job),
    retryLimit: 2,
  });
  app.jobs.define(UPLOAD_JOB, {
    handler: (data, job) => runUploadValidation(app, data.actionId, job),
    retryLimit: 2,
  });
}
