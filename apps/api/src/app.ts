import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import affiliateRoutes from './features/affiliates/routes';
import employerRoutes from './features/employers/routes';
import sessionRoutes from './features/session/routes';
import database from './plugins/database';
import employerAccess from './plugins/employer-access';
import errors from './plugins/errors';
import openapi from './plugins/openapi';
import security from './plugins/security';
import session from './plugins/session';
import web from './plugins/web';

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  /** the built SPA to serve; none in API tests */
  webRoot?: string;
  sessionSecret: string;
}

/** The whole application as one plugin: server.ts starts it, tests build it and talk to it with inject(). */
export default fp(async function app(instance: FastifyInstance, options: AppOptions) {
  instance.setValidatorCompiler(validatorCompiler);
  instance.setSerializerCompiler(serializerCompiler);

  await instance.register(errors);
  await instance.register(database, { databaseUrl: options.databaseUrl });
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
      api.get('/health', { schema: { tags: ['system'], summary: 'Liveness and database check' } }, async () => {
        await instance.pool.query('select 1');
        return { status: 'ok' };
      });
      await api.register(sessionRoutes);
      await api.register(employerRoutes);
      await api.register(affiliateRoutes);
    },
    { prefix: '/api' },
  );

  if (options.webRoot) await instance.register(web, { root: options.webRoot });
});
