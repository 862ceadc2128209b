#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (Debian's postgresql package).
#   tests/pg/pg-cluster.sh start DIR   initdb + pg_ctl in DIR (created, must not exist or be empty) on a
#                                      free port; unix socket in DIR, TCP on 127.0.0.1; fsync off.
#                                      Prints the variables to export (eval "$(... start DIR)"):
#                                        TOKENLEDGER_TEST_PG           postgresql://tokenledger@127.0.0.1:PORT/tokenledger
#                                                                      (superuser, trusted: tests create their own databases)
#                                        TOKENLEDGER_TEST_PG_SOCKET    the socket folder (DIR)
#                                        TOKENLEDGER_TEST_PG_PASSWORD_URL  a role that must give a password over TCP
#                                        TOKENLEDGER_TEST_PG_PASSWORD  its (throwaway) password
#   tests/pg/pg-cluster.sh stop DIR    stops the cluster and deletes DIR.
# TOKENLEDGER_PG_DURABLE=1: fsync and synchronous commits stay on, as on a real server (benchmarks).
# initdb refuses to run as root: as root, the cluster belongs to the `postgres` user (DIR is chowned).
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=${TOKENLEDGER_PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
            bindir=$candidate
            break
        fi
    done
fi
if [ -z "$bindir" ]; then
    echo "pg-cluster: no PostgreSQL server found (install Debian's postgresql package)" >&2
    exit 1
fi

# Tests need no durability; a benchmark measures a server as it is run for real.
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
[ "${TOKENLEDGER_PG_DURABLE:-}" = 1 ] && durability=""

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
    fi
    chmod 700 "$dir"
    password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '%s' "$password" >"$dir/password"
    # C collation: text compares byte by byte, as SQLite's BINARY does.
    as_owner "$bindir/initdb" -D "$dir/data" --username=tokenledger --auth-local=trust --auth-host=trust \
        --encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # The password role must give its password over TCP; everyone else is trusted (a throwaway cluster).
    {
        echo "local all all trust"
        echo "host all tokenledger_pw 127.0.0.1/32 scram-sha-256"
        echo "host all all 127.0.0.1/32 trust"
    } >"$dir/data/pg_hba.conf"
    started=""
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability-c max_connections=100" \
            start >/dev/null 2>&1; then
            started=$port
            break
        fi
        # A port another program holds: try another.
    done
    if [ -z "$started" ]; then
        echo "pg-cluster: the server did not start; its log:" >&2
        cat "$dir/server.log" >&2 || true
        exit 1
    fi
    psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$started" -U tokenledger -d postgres)
    "${psql[@]}" -c "CREATE DATABASE tokenledger" >/dev/null
    "${psql[@]}" -c "CREATE ROLE tokenledger_pw LOGIN CREATEDB PASSWORD '$password'" >/dev/null
    echo "$started" >"$dir/port"
    echo "export TOKENLEDGER_TEST_PG=postgresql://tokenledger@127.0.0.1:$started/tokenledger"
    echo "export TOKENLEDGER_TEST_PG_SOCKET=$dir"
    echo "export TOKENLEDGER_TEST_PG_PASSWORD_URL=postgresql://tokenledger_pw@127.0.0.1:$started/tokenledger"
    echo "export TOKENLEDGER_TEST_PG_PASSWORD=$password"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
