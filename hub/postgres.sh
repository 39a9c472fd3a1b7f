#!/usr/bin/env bash
# The hub's PostgreSQL server (Debian's postgresql package), for a platform that serves several courses.
#
#   sudo hub/postgres.sh start     # create the cluster the first time, start it, print the settings
#   sudo hub/postgres.sh stop
#   sudo hub/postgres.sh status
#
# One cluster holds the hub's own database (jupyterhub) and one gradebook per course (hub/courses.py
# creates them). Nobody reaches it over the network: it listens on a Unix socket only
# ($CAIRE_PG_SOCKET, /run/caire-postgres, port number $CAIRE_PG_PORT, 5433, which names the socket),
# and every connection is checked by "peer" authentication: a Unix account connects as the
# PostgreSQL role of the same name, without a password. So a course's grading account
# (grader-<course>) reaches its own gradebook only; root, who runs the hub and the grader, is the
# cluster's superuser. Data in $CAIRE_PG_DATA (/var/lib/caire-hub/postgres), owned by postgres, 700.
#
# For one trainer on a laptop, nothing of this is needed: nbgrader's SQLite gradebook stays the default.
set -euo pipefail

action=${1:?usage: postgres.sh start|stop|status}
DATA=${CAIRE_PG_DATA:-/var/lib/caire-hub/postgres}
SOCKET=${CAIRE_PG_SOCKET:-/run/caire-postgres}
PORT=${CAIRE_PG_PORT:-5433}
OWNER=postgres

fail() { echo "postgres.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run me as root (sudo)"
bin=""
for candidate in ${CAIRE_PG_BIN:-} /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/pg_ctl" ] && bin=$candidate
done
[ -n "$bin" ] || fail "PostgreSQL is missing (Debian: apt-get install postgresql)"
id -u "$OWNER" >/dev/null 2>&1 || fail "no $OWNER account (Debian's postgresql package creates it)"
as_owner() { runuser -u "$OWNER" -- "$@"; }
ctl() { as_owner "$bin/pg_ctl" -D "$DATA" "$@"; }

case "$action" in
start)
    if [ ! -s "$DATA/PG_VERSION" ]; then
        install -d -m 700 -o "$OWNER" -g "$OWNER" "$DATA"
        as_owner "$bin/initdb" --pgdata="$DATA" --username="$OWNER" --auth-local=peer --auth-host=reject \
            --encoding=UTF8 --locale=C.UTF-8 >/dev/null
        cat >>"$DATA/postgresql.conf" <<EOF

# hub/postgres.sh: Unix socket only, no TCP.
listen_addresses = ''
unix_socket_directories = '$SOCKET'
port = $PORT
max_connections = 200
EOF
        echo "postgres.sh: cluster created in $DATA"
    fi
    install -d -m 755 -o "$OWNER" -g "$OWNER" "$SOCKET"
    if ! ctl status >/dev/null 2>&1; then
        ctl -l "$DATA/server.log" -w -t 60 start >/dev/null || fail "the server did not start: $(tail -5 "$DATA/server.log")"
    fi
    psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET" -p "$PORT" -d postgres)
    # root is the superuser (the hub and the grader run as root); the hub's own database.
    as_owner "${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'root'" | grep -q 1 ||
        as_owner "${psql[@]}" -c "CREATE ROLE root SUPERUSER LOGIN"
    as_owner "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = 'jupyterhub'" | grep -q 1 ||
        as_owner "${psql[@]}" -c "CREATE DATABASE jupyterhub OWNER root"
    echo "postgres.sh: running on $SOCKET (port $PORT); the hub's database: postgresql:///jupyterhub?host=$SOCKET&port=$PORT"
    ;;
stop)
    if [ -s "$DATA/PG_VERSION" ] && ctl status >/dev/null 2>&1; then
        ctl -m fast -w stop >/dev/null
    fi
    echo "postgres.sh: stopped"
    ;;
status)
    ctl status
    ;;
*) fail "unknown action $action: start, stop or status" ;;
esac
