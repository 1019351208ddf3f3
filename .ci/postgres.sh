#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the graph tests and print the line
# that points them at it:
#
#   eval "$(.ci/postgres.sh)"      # sets KGRAPH_TEST_POSTGRES
#   .ci/postgres.sh stop           # stops the server
#
# Installs Debian's postgresql when it is missing (needs root), runs initdb and
# the server as the postgres user (initdb refuses root) on 127.0.0.1 with
# trust authentication, and creates the test database. Idempotent: a second
# run finds the server up and only prints the line. Progress goes to stderr.
set -euo pipefail

PGPORT="${KGRAPH_PGPORT:-5432}"
PGDATA="${KGRAPH_PGDATA:-/tmp/kgraph-pgdata}"
DB="${KGRAPH_PGDB:-kgraph_test}"
PGUSER_OS=postgres

log() { echo "postgres.sh: $*" >&2; }

as_pg() {
	if [ "$(id -un)" = "$PGUSER_OS" ]; then
		"$@"
	else
		# runuser keeps no tty and needs no password; su is the fallback.
		if command -v runuser >/dev/null; then
			runuser -u "$PGUSER_OS" -- "$@"
		else
			su "$PGUSER_OS" -s /bin/sh -c "$(printf '%q ' "$@")"
		fi
	fi
}

bindir() {
	local d
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -x "$d/pg_ctl" ]; then
			echo "$d"
			return
		fi
	done
}

BIN="$(bindir)"
if [ "${1:-}" = stop ]; then
	if [ -n "$BIN" ] && [ -f "$PGDATA/postmaster.pid" ]; then
		as_pg "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >&2
	fi
	exit 0
fi

if [ -z "$BIN" ]; then
	log "installing postgresql"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq --no-install-recommends postgresql >&2
	BIN="$(bindir)"
	[ -n "$BIN" ] || { log "postgresql installed but pg_ctl not found"; exit 1; }
fi
id "$PGUSER_OS" >/dev/null 2>&1 || { log "no $PGUSER_OS user (is postgresql installed?)"; exit 1; }

if [ ! -f "$PGDATA/PG_VERSION" ]; then
	log "initdb $PGDATA"
	mkdir -p "$PGDATA"
	chown "$PGUSER_OS" "$PGDATA"
	chmod 700 "$PGDATA"
	as_pg "$BIN/initdb" -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; then
	log "starting server on 127.0.0.1:$PGPORT"
	# Sockets in PGDATA, so that no /var/run/postgresql is needed. Durability
	# settings stay at their defaults so that load benchmarks are honest.
	as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
		-o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA" \
		start >&2
fi

if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
	log "creating database $DB"
	as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres "$DB"
fi

echo "export KGRAPH_TEST_POSTGRES='postgres://postgres@127.0.0.1:$PGPORT/$DB?sslmode=disable'"
