import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import actionJobs from './features/actions/expire-actions';
import changeJobs from './features/life-events/changes-due';
import exitJobs from './features/life-events/exits-due';
import sessionJobs from './features/session/housekeeping';
import actionRoutes from './features/actions/routes';
import affiliateRoutes from './features/affiliates/routes';
import employerRoutes from './features/employers/routes';
import emailJobs from './features/emails/email-jobs';
import emailRoutes from './features/emails/routes';
import incapacityRoutes from './features/incapacities/routes';
import integrationRoutes from './features/integrations/routes';
import journalRoutes from './features/journal/routes';
import portfolioRoutes from './features/portfolio/routes';
import insuredListJobs from './features/insured-list/jobs';
import insuredListRoutes from './features/insured-list/routes';
import lifeEventRoutes from './features/life-events/routes';
import uploadRoutes from './features/insured-list/upload-routes';
import ruleRoutes from './features/rules/routes';
import accountRoutes from './features/account/routes';
import notificationAddressRoutes from './features/notifications/routes';
import passwordRoutes from './features/password/routes';
import userRoutes from './features/users/routes';
import sessionRoutes from './features/session/routes';
import statementJobs from './features/statements/jobs';
import statementRoutes from './features/statements/routes';
import statementIntegrationRoutes from './features/integrations/statement-routes';
import database from './plugins/database';
import employerAccess from './plugins/employer-access';
import errors from './plugins/errors';
import jobs from './plugins/jobs';
import mailer from './plugins/mailer';
import openapi from './plugins/openapi';
import security from './plugins/security';
import session from './plugins/session';
import storage from './plugins/storage';
import web from './plugins/web';
import { objectStorageOf } from './storage-config';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  /** the built SPA to serve; none in API tests */
  webRoot?: string;
  sessionSecret: string;
  /** how often idle workers look for jobs; tests look more often */
  jobPollingSeconds?: number;
}

/** The whole application as one plugin: server.ts starts it, tests build it and talk to it with inject(). */
export default fp(async function app(instance: FastifyInstance, options: AppOptions) {
  instance.setValidatorCompiler(validatorCompiler);
  instance.setSerializerCompiler(serializerCompiler);
  instance.decorate('config', options.config);

  await instance.register(errors);
  await instance.register(database, { databaseUrl: options.databaseUrl });
  await instance.register(storage, {
    dataDir: options.config.dataDir,
    s3: objectStorageOf(options.config),
  });
  await instance.register(jobs, {
    databaseUrl: options.databaseUrl,
    workers: options.config.WORKERS,
    pollingIntervalSeconds: options.jobPollingSeconds,
  });
  await instance.register(mailer, {
    smtpUrl: options.config.SMTP_URL,
    from: options.config.MAIL_FROM,
    dataDir: options.config.dataDir,
  });
  await instance.register(emailJobs);
  await instance.register(actionJobs);
  await instance.register(exitJobs);
  await instance.register(changeJobs);
  await instance.register(sessionJobs);
  await instance.register(insuredListJobs);
  await instance.register(statementJobs);
  await instance.register(security);
  await instance.register(session, {
    secret: options.sessionSecret,
    policy: {
      idleMinutes: options.config.SESSION_IDLE_MINUTES,
      absoluteHours: options.config.SESSION_ABSOLUTE_HOURS,
    },
  });
  await instance.register(employerAccess);
  await instance.register(openapi);

  await instance.register(
    async (api) => {
      api.get(
        '/health',
        { schema: { tags: ['system'], summary: 'Liveness and database check' } },
        async () => {
          await instance.pool.query('select 1');
          return { status: 'ok' };
        },
      );
      await api.register(sessionRoutes);
      await api.register(employerRoutes);
      await api.register(affiliateRoutes);
      await api.register(actionRoutes);
      await api.register(insuredListRoutes);
      await api.register(uploadRoutes);
      await api.register(emailRoutes);
      await api.register(integrationRoutes);
      await api.register(statementRoutes);
      await api.register(statementIntegrationRoutes);
      await api.register(ruleRoutes);
      await api.register(passwordRoutes);
      await api.register(accountRoutes);
      await api.register(userRoutes);
      await api.register(notificationAddressRoutes);
      await api.register(lifeEventRoutes);
      await api.register(incapacityRoutes);
      await api.register(journalRoutes);
      await api.register(portfolioRoutes);
    },
    { prefix: '/api' },
  );

  if (options.webRoot) await instance.register(web, { root: options.webRoot });
});
