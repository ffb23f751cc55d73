import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built SPA; any other GET outside /api gets index.html so that client routes survive a reload. */
export default fp(
  async function web(app: FastifyInstance, options: { root: string }) {
    const index = path.join(options.root, 'index.html');
    if (!fs.existsSync(index)) {
      app.log.warn(`No built web app at ${options.root}: run "pnpm build" to serve the SPA.`);
      return;
    }
    await app.register(fastifyStatic, { root: options.root, wildcard: false, index: false });
    const sendIndex = (
      _request: unknown,
      reply: { header: (k: string, v: string) => void; sendFile: (f: string) => unknown },
    ) => {
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    };
    app.get('/', sendIndex);
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.callNotFound();
      }
      const file = path.join(options.root, path.normalize(request.url.split('?')[0] ?? '/'));
      if (file.startsWith(options.root) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        if (request.url.startsWith('/assets/'))
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        return reply.sendFile(path.relative(options.root, file));
      }
      return sendIndex(request, reply);
    });
  },
  { name: 'web' },
);
