import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../../test/test-app';
import { serveWorkerHealth } from './worker-health';

let t: TestApp;
let health: Awaited<ReturnType<typeof serveWorkerHealth>>;

beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
  health = await serveWorkerHealth(t.app, 0);
});
afterAll(async () => {
  await health.close();
  await t.close();
});

describe("the worker's health check", () => {
  it('answers on the loopback interface with the database check', async () => {
    expect(health.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/health$/);
    const response = await fetch(health.url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves nothing of the API', async () => {
    const response = await fetch(health.url.replace('/api/health', '/api/session'));
    expect(response.status).toBe(404);
  });
});
