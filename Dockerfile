# syntax=docker/dockerfile:1
# Veille worker image (issue #6). Build from the repository root:
#   docker build -t veille:0.1.0 .
# Run:
#   docker run --rm -p 6066:6066 -e VEILLE_BROKER=kafka://kafka:9092 veille:0.1.0
# See deploy/README.md for docker compose and Kubernetes.

# ---- build: resolve and install the pinned dependency tree into a virtualenv ----------------
FROM python:3.11-slim AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# .dockerignore keeps .venv, .git, tests, benchmarks and deploy out of the context.
COPY . .
# Every dependency ships a manylinux wheel for CPython 3.11: no compiler needed. pip compiles
# the bytecode here, so a read-only root filesystem costs nothing at start-up; pip itself is not
# needed at run time.
RUN pip install --no-cache-dir -c constraints.txt . \
    && pip uninstall --yes pip

# ---- runtime: the virtualenv only, as an unprivileged user ----------------------------------
FROM python:3.11-slim AS runtime

LABEL org.opencontainers.image.title="veille" \
      org.opencontainers.image.description="Real-time social-media mention monitor on Kafka" \
      org.opencontainers.image.licenses="Apache-2.0"

# Fixed numeric ids so Kubernetes' runAsNonRoot can verify them.
RUN groupadd --system --gid 10001 veille \
    && useradd --system --uid 10001 --gid veille --home-dir /var/lib/veille \
       --shell /usr/sbin/nologin veille \
    && mkdir -p /var/lib/veille/data /etc/veille \
    && chown -R veille:veille /var/lib/veille

COPY --from=build /opt/venv /opt/venv

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    VEILLE_WEB_HOST=0.0.0.0 \
    VEILLE_WEB_PORT=6066 \
    VEILLE_DATA_DIR=/var/lib/veille/data

WORKDIR /var/lib/veille
USER 10001:10001

EXPOSE 6066

# /healthz answers while the process is alive; python is the only HTTP client in the image.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('VEILLE_WEB_PORT', '6066'), timeout=4)" || exit 1

ENTRYPOINT ["veille"]
CMD ["worker"]
