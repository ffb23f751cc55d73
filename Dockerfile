# The production shape of groupdesk: the API serving the built SPA, against an external PostgreSQL. The same
# image runs the worker (`node_modules/.bin/tsx apps/api/src/worker.ts`, what `pnpm worker` runs); both apply
# the migrations at start, under an advisory lock, so several containers may start together.
# Node 22: the AWS SDK (S3 storage) needs it for its releases from 2027 on.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY pnpm-workspace.yaml package.json pnpm-lock.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/db/package.json packages/db/
COPY packages/domain/package.json packages/domain/
RUN npx -y pnpm@10 install --frozen-lockfile
COPY . .
# the SPA, served by the API from apps/web/dist
RUN npx -y pnpm@10 build

FROM node:22-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/var/lib/groupdesk
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /var/lib/groupdesk && chown node:node /var/lib/groupdesk
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node_modules/.bin/tsx", "apps/api/src/server.ts"]
