import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The OpenAPI document, generated from the routes' zod schemas, at /api/openapi.json; its viewer at /api/docs. */
export default fp(
  async function openapi(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'groupdesk API',
          description:
            'The employer backoffice of a group-insurance insurer. JSON under /api; log in with POST /api/session, ' +
            'which sets an httpOnly session cookie. Errors are {error: {code, message, details?}}.',
          version: '1.0.0',
        },
        tags: [
          { name: 'session', description: 'Log in and out' },
          { name: 'employers', description: 'Employers and their group contracts' },
          { name: 'affiliates', description: 'Affiliates (insured employees) of an employer' },
          { name: 'statements', description: 'Benefit statements: history, PDF, print many' },
          {
            name: 'integrations',
            description: "Calls from the insurer's other systems, with a service token",
          },
          { name: 'system', description: 'Health' },
        ],
        // the service tokens of the employee portal and the back office
        components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
      },
      transform: jsonSchemaTransform,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
    app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  },
  { name: 'openapi' },
);
