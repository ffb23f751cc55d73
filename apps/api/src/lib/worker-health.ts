import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

/**
 * The worker serves no API, but a container orchestrator wants to know it is alive and reaches the database:
 * GET /api/health (the app's own check, through inject) on the loopback interface only, where a health
 * command run inside the container finds it and nothing outside does.
 */
export async function serveWorkerHealth(worker: FastifyInstance, port: number) {
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/api/health') {
      response.writeHead(404).end();
      return;
    }
    worker
      .inject({ method: 'GET', url: '/api/health' })
      .then((health) =>
        response.writeHead(health.statusCode, { 'content-type': 'application/json' }).end(health.body),
      )
      .catch(() => response.writeHead(503).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/api/health`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
