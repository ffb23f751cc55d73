import type { AffiliateDetail, SessionResponse } from '@groupdesk/contracts';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, loadDemoWorld } from '../test/fixtures';
import { client, expectError } from '../test/http';
import { type TestApp, createTestApp, login } from '../test/test-app';
import app from './app';
import { loadConfig } from './config';

let t: TestApp;
let world: DemoWorld;
let affiliateId: string;

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  const result = await t.db.execute<{ id: string }>(
    sql`select id from affiliates where employer_id = ${world.employerId.vanDamme} order by id limit 1`,
  );
  affiliateId = result.rows[0]!.id;
});
afterAll(async () => {
  await t?.close();
});

interface OpenApiDocument {
  openapi: string;
  info: { title: string };
  components?: { securitySchemes?: Record<string, unknown> };
  paths: Record<
    string,
    Record<
      string,
      {
        tags?: string[];
        requestBody?: unknown;
        parameters?: Array<{ name: string; in: string }>;
        security?: unknown[];
      }
    >
  >;
}

describe('system routes', () => {
  it('GET /api/openapi.json is an OpenAPI 3 document of every route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<OpenApiDocument>();
    expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(document.info.title).toBe('groupdesk API');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /api/health',
        'POST /api/session',
        'GET /api/session',
        'PATCH /api/session',
        'DELETE /api/session',
        'GET /api/employers',
        'GET /api/employers/{employerId}/contracts',
        'GET /api/employers/{employerId}/affiliates',
        'GET /api/employers/{employerId}/affiliates/{affiliateId}',
        'PATCH /api/employers/{employerId}/affiliates/{affiliateId}',
        'GET /api/employers/{employerId}/reports/missing-national-numbers',
        'GET /api/employers/{employerId}/actions',
        'GET /api/employers/{employerId}/actions/{actionId}',
        'GET /api/employers/{employerId}/actions/{actionId}/file',
        'GET /api/employers/{employerId}/actions/{actionId}/rows',
        'POST /api/employers/{employerId}/actions/{actionId}/apply',
        'POST /api/employers/{employerId}/actions/{actionId}/undo',
        'POST /api/employers/{employerId}/insured-list/exports',
        'POST /api/employers/{employerId}/insured-list/uploads',
        'GET /api/employers/{employerId}/emails',
        'POST /api/employers/{employerId}/emails/{emailId}/cancel',
        'POST /api/employers/{employerId}/affiliates/{affiliateId}/invitations',
        'GET /api/employers/{employerId}/affiliates/{affiliateId}/statements',
        'GET /api/employers/{employerId}/affiliates/{affiliateId}/statements/{statementId}/pdf',
        'POST /api/employers/{employerId}/statements/prints',
        'POST /api/integrations/portal/registrations',
        'POST /api/integrations/statements',
        'POST /api/rules/medical-acceptance',
        'POST /api/session/two-factor',
        'POST /api/password/forgotten',
        'POST /api/password/link',
        'POST /api/password/link/renewal',
        'POST /api/password',
        'GET /api/account',
        'PUT /api/account/password',
        'GET /api/account/sessions',
        'DELETE /api/account/sessions',
        'DELETE /api/account/sessions/{sessionId}',
        'POST /api/account/two-factor',
        'POST /api/account/two-factor/confirmation',
        'POST /api/account/two-factor/disable',
        'GET /api/employers/{employerId}/users',
        'POST /api/employers/{employerId}/users',
        'PATCH /api/employers/{employerId}/users/{userId}',
        'DELETE /api/employers/{employerId}/users/{userId}',
        'POST /api/employers/{employerId}/users/{userId}/invitation',
        'GET /api/employers/{employerId}/notification-address',
        'PUT /api/employers/{employerId}/notification-address',
        'POST /api/employers/{employerId}/affiliates',
        'GET /api/employers/{employerId}/affiliates/{affiliateId}/events',
        'POST /api/employers/{employerId}/affiliates/{affiliateId}/events',
        'POST /api/employers/{employerId}/affiliates/{affiliateId}/exit',
        'POST /api/employers/{employerId}/affiliates/{affiliateId}/acceptances/{affiliationId}/decision',
        'GET /api/employers/{employerId}/incapacities',
        'POST /api/employers/{employerId}/incapacities',
        'POST /api/employers/{employerId}/incapacities/{incapacityId}/close',
        'GET /api/employers/{employerId}/journal',
        'GET /api/employers/{employerId}/journal/export',
        'GET /api/portfolio',
        'GET /api/portfolio/email-coverage',
      ].sort(),
    );
    // the integrations take a service token, declared once
    expect(document.components?.securitySchemes).toEqual({ bearerAuth: { type: 'http', scheme: 'bearer' } });
    expect(document.paths['/api/integrations/statements']!.post!.security).toEqual([{ bearerAuth: [] }]);
    const patch = document.paths['/api/employers/{employerId}/affiliates/{affiliateId}']!.patch!;
    expect(JSON.stringify(patch.requestBody)).toMatch(/professionalEmail.*language.*nationalNumber/);
    const listParameters = document.paths['/api/employers/{employerId}/affiliates']!.get!.parameters!;
    expect(listParameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(
      expect.arrayContaining(['query:search', 'query:page', 'query:pageSize', 'path:employerId']),
    );
  });

  it('GET /api/docs shows the API documentation page', async () => {
    let response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    for (let hops = 0; response.statusCode >= 300 && response.statusCode < 400 && hops < 3; hops += 1) {
      const location = new URL(String(response.headers.location), 'http://localhost/api/docs');
      response = await t.app.inject({ method: 'GET', url: location.pathname + location.search });
    }
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toMatch(/swagger/i);
  });

  it('GET /api/health answers 200 once the database answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('sends the security headers with API answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(String(response.headers['content-security-policy'])).toMatch(/frame-ancestors 'none'/);
  });
});

describe('unknown routes', () => {
  it.each([
    ['GET', '/api/nope'],
    ['POST', '/api/employers'],
    ['PUT', '/api/session'],
    ['GET', '/api/employers/00000000-0000-4000-8000-000000000000/uploads'],
  ] as const)('%s %s: 404 in the common error shape', async (method, url) => {
    const cookie = await login(t.app, 'hr@demo.groupdesk.be');
    const error = expectError(await client(t.app, cookie).send({ method, url }), 404, 'not_found');
    expect(error.message).toContain(url);
  });
});

describe('requests from another site', () => {
  const affiliateUrl = () => `/api/employers/${world.employerId.vanDamme}/affiliates/${affiliateId}`;
  const readAffiliate = async (cookie: string) =>
    (await client(t.app, cookie).get(affiliateUrl())).json<AffiliateDetail>();

  it.each([
    ['Origin of another site', { origin: 'https://evil.example' }],
    ['Origin null (a sandboxed page)', { origin: 'null' }],
    ['Origin that is not a URL', { origin: 'evil' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
  ])(
    'are refused with 403 when a state-changing request has %s, and change nothing',
    async (_case, headers) => {
      const cookie = await login(t.app, 'hr@demo.groupdesk.be');
      const before = await readAffiliate(cookie);
      const language = before.language === 'de' ? 'nl' : 'de';
      const refused = await client(t.app, cookie).send({
        method: 'PATCH',
        url: affiliateUrl(),
        payload: { language },
        headers,
      });
      expectError(refused, 403, 'cross_site_request');
      expect(await readAffiliate(cookie)).toEqual(before);

      const sameRequest = await client(t.app, cookie).patch(affiliateUrl(), { language });
      expect(sameRequest.statusCode).toBe(200);
      expect((await readAffiliate(cookie)).language).toBe(language);
    },
  );

  it('refuse a log-in, a log-out and a change of preferences alike', async () => {
    const evil = { origin: 'https://evil.example' };
    const login403 = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'hr@demo.groupdesk.be', password: 'groupdesk-demo' },
      headers: evil,
    });
    expectError(login403, 403, 'cross_site_request');
    expect(login403.headers['set-cookie']).toBeUndefined();

    const cookie = await login(t.app, 'viewer@demo.groupdesk.be');
    const as = client(t.app, cookie);
    expectError(
      await as.send({ method: 'PATCH', url: '/api/session', payload: { language: 'en' }, headers: evil }),
      403,
    );
    expectError(await as.send({ method: 'DELETE', url: '/api/session', headers: evil }), 403);
    const session = await as.get('/api/session');
    expect(session.statusCode).toBe(200);
    expect(session.json<SessionResponse>().user.language).toBe('nl');
  });

  it('let through the same site, a request typed in the address bar, and reads from anywhere', async () => {
    const cookie = await login(t.app, 'viewer@demo.groupdesk.be');
    const as = client(t.app, cookie);
    const sameOrigin = { host: 'groupdesk.example', origin: 'https://groupdesk.example' };
    expect(
      (
        await as.send({
          method: 'PATCH',
          url: '/api/session',
          payload: { language: 'nl' },
          headers: sameOrigin,
        })
      ).statusCode,
    ).toBe(200);
    const fetchSameOrigin = { 'sec-fetch-site': 'same-origin' };
    expect(
      (
        await as.send({
          method: 'PATCH',
          url: '/api/session',
          payload: { language: 'nl' },
          headers: fetchSameOrigin,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await as.send({ method: 'GET', url: '/api/session', headers: { origin: 'https://evil.example' } }))
        .statusCode,
    ).toBe(200);
  });
});

describe('a failure on the server', () => {
  let server: FastifyInstance;

  beforeAll(async () => {
    // the app as server-factory builds it, plus a route that fails the way a bug or a lost database would
    server = Fastify({ logger: false });
    await server.register(app, {
      config: loadConfig({ NODE_ENV: 'test' }),
      databaseUrl: t.databaseUrl,
      sessionSecret: 'test-secret-test-secret-test-secret!!',
    });
    server.get('/api/test/failure', () => {
      throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)'), {
        code: 'ECONNREFUSED',
      });
    });
    server.get('/api/test/failure-with-status', () => {
      throw Object.assign(new Error('upstream said: secret detail'), { statusCode: 502 });
    });
    await server.ready();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(['/api/test/failure', '/api/test/failure-with-status'])(
    '%s answers 500 with a generic message: no message, stack or detail of the server',
    async (url) => {
      const response = await server.inject({ method: 'GET', url });
      const error = expectError(response, 500, 'internal_error');
      expect(error.details).toBeUndefined();
      expect(response.body).not.toMatch(/ECONNREFUSED|hunter2|secret|10\.0\.0\.5|app\.test/);
    },
  );
});

describe('authentication comes before validation', () => {
  it('answers 401, not 400, to an anonymous request with a malformed id or body', async () => {
    const t = await createTestApp();
    try {
      const list = await t.app.inject({
        method: 'GET',
        url: '/api/employers/not-a-uuid/affiliates?page=zero',
      });
      expect(list.statusCode).toBe(401);
      const patch = await t.app.inject({
        method: 'PATCH',
        url: '/api/employers/not-a-uuid/affiliates/also-not',
        payload: { professionalEmail: 'not an address', extra: true },
      });
      expect(patch.statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});
