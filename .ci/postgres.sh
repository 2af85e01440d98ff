#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL for the test suite, then prints the connection string.
# Idempotent: safe to run on a machine where the server is already up.
set -euo pipefail

log() { echo "[postgres] $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "installing PostgreSQL"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  log "creating cluster $version/main"
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk '$1=="'"$version"'" && $2=="main" {print $4}' | grep -q online; then
  log "starting cluster $version/main"
  pg_ctlcluster "$version" main start >&2
fi

port=$(pg_lsclusters -h | awk '$1=="'"$version"'" && $2=="main" {print $3}')
for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
# Two runs at once (a stress run) would race on ALTER USER ("tuple concurrently updated"): set the password only
# when it does not already work, and try again if another run is doing the same.
for _ in $(seq 1 5); do
  PGPASSWORD=clubbot psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAtc 'select 1' >/dev/null 2>&1 && break
  su postgres -c "psql -p $port -qc \"ALTER USER postgres PASSWORD 'clubbot'\"" >/dev/null 2>&1 || sleep 1
done
PGPASSWORD=clubbot psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAtc 'select 1' >/dev/null
echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=clubbot;Database=clubbot_test"
