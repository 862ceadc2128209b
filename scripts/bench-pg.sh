#!/usr/bin/env bash
# tokenledger-bench's team-database section (issue 16): starts a throwaway PostgreSQL cluster
# (tests/pg/pg-cluster.sh, but durable: fsync and synchronous commits on, as a real server runs),
# runs the benchmark with TOKENLEDGER_BENCH_PG pointing at it over its unix socket, then stops and
# deletes the cluster.
#   scripts/bench-pg.sh [tokenledger-bench ARGS]   default: 1000000 --shapes sparse --sections team
# The binary: build/release/tests/benchmarks/tokenledger-bench (cmake --preset release && cmake
# --build --preset release --target tokenledger-bench), or TOKENLEDGER_BENCH_BINARY.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench=${TOKENLEDGER_BENCH_BINARY:-$root/build/release/tests/benchmarks/tokenledger-bench}
[ -x "$bench" ] || { echo "bench-pg: no $bench (build the release preset's tokenledger-bench)" >&2; exit 1; }

dir=$(mktemp -d /tmp/tl-bench-pg.XXXXXX)
trap '"$root/tests/pg/pg-cluster.sh" stop "$dir" >/dev/null 2>&1 || true' EXIT
# TOKENLEDGER_PG_DURABLE=0: the tests' settings (fsync off), to see what durability costs.
eval "$(TOKENLEDGER_PG_DURABLE=${TOKENLEDGER_PG_DURABLE:-1} "$root/tests/pg/pg-cluster.sh" start "$dir")"
# The same server over its unix socket (DIR/.s.PGSQL.PORT): "a local socket", no TCP.
port=${TOKENLEDGER_TEST_PG##*:}
port=${port%%/*}
export TOKENLEDGER_BENCH_PG="postgresql://tokenledger@:$port/tokenledger?host=$dir"
[ $# -gt 0 ] || set -- 1000000 --shapes sparse --sections team
"$bench" "$@"
