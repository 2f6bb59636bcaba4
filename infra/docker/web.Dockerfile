# The web UI as an image: `docker build -f infra/docker/web.Dockerfile web` (the build context is web/).
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- builder: install the locked packages, build the standalone server ----
FROM ${NODE_IMAGE} AS builder
ARG PNPM_VERSION=12.21.0
ENV NEXT_TELEMETRY_DISABLED=1 \
    npm_config_update_notifier=false
RUN npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}"
WORKDIR /web
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm install --frozen-lockfile
COPY . .
RUN mkdir -p public && pnpm build

# ---- runtime: node and the traced server files only ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    BACKEND_URL=http://backend:8000
RUN groupadd --system --gid 10001 web \
 && useradd --system --uid 10001 --gid web --home-dir /app --no-create-home --shell /usr/sbin/nologin web
WORKDIR /app
COPY --from=builder /web/.next/standalone ./
COPY --from=builder /web/.next/static ./.next/static
COPY --from=builder /web/public ./public
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=5s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
