#!/usr/bin/env bash
# Starts a PostgreSQL on 127.0.0.1 for the reference backend's storage tests, so that the
# DATABASE_URL path is proven in CI and not only promised. Debian/Ubuntu only: installs
# Debian's `postgresql` when it is missing, starts the newest cluster (creating one if there
# is none), creates a role and a database, and prints ONE line on stdout:
#   TEST_DATABASE_URL=postgres://mentorkit_test:…@127.0.0.1:PORT/mentorkit_test
# Everything else goes to stderr, so CI can do: export "$(demo/server/scripts/ci-postgres.sh)"
# Runs as root or with sudo. Idempotent: run it twice and it prints the same line.
set -euo pipefail

ROLE="${MK_PG_ROLE:-mentorkit_test}"
PASSWORD="${MK_PG_PASSWORD:-mentorkit_test}"
DATABASE="${MK_PG_DATABASE:-mentorkit_test}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "PostgreSQL not found: installing Debian's postgresql package." >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q >&2
  $SUDO apt-get install -y -q postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  echo "Creating the PostgreSQL $VERSION cluster 'main'." >&2
  $SUDO pg_createcluster "$VERSION" main >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')"

# Listen on 127.0.0.1 only (the Debian default is localhost, which may also mean ::1).
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  echo "Starting PostgreSQL $VERSION on 127.0.0.1:$PORT." >&2
  $SUDO pg_ctlcluster "$VERSION" main start -o "-c listen_addresses=127.0.0.1" >&2
fi

for _ in $(seq 1 30); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$PORT" >&2

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi
}
psql_admin() {
  as_postgres "psql -v ON_ERROR_STOP=1 -q -p $PORT -d postgres -tAc \"$1\""
}

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  psql_admin "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != "1" ]; then
  psql_admin "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi

echo "TEST_DATABASE_URL=postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
