# The API as an image: `docker build -f infra/docker/backend.Dockerfile .` from the repository root.
# The base is a build argument so that machines that cannot pull images can use a local one.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---- builder: resolve and install the locked dependencies into /app/.venv ----
FROM ${PYTHON_IMAGE} AS builder
ARG UV_VERSION=0.13.9
ENV UV_NATIVE_TLS=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_NO_CACHE=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
RUN python3 -m venv /opt/uv && /opt/uv/bin/pip install --quiet "uv==${UV_VERSION}"
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN /opt/uv/bin/uv sync --frozen --no-dev --no-install-project --compile-bytecode
COPY todo_app ./todo_app
RUN /opt/uv/bin/uv sync --frozen --no-dev --no-editable --compile-bytecode

# ---- runtime: the interpreter, the virtual environment, nothing else ----
FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    TODO_ENVIRONMENT=production \
    TODO_DATA_DIR=/app/data
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app \
 && mkdir -p /app/data && chown app:app /app/data
COPY --from=builder /app/.venv /app/.venv
WORKDIR /app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python3", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status != 200)"]
ENTRYPOINT ["/bin/sh", "-c", "todo-app db upgrade && exec todo-app serve --host 0.0.0.0 --port 8000 \"$@\"", "todo-app"]
CMD []
