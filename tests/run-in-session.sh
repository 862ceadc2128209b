#!/usr/bin/env bash
# Runs a command (the test suite) inside what the tests need around them:
#  - a throwaway HOME, so nothing touches the developer's keyring, settings or data;
#  - a private D-Bus session (dbus-run-session) with gnome-keyring's Secret Service, unlocked;
#  - an X server (Xvfb) for tests that need a real display; most GUI tests use offscreen;
#  - a throwaway PostgreSQL cluster (tests/pg/pg-cluster.sh) for the team-database tests, named by
#    TOKENLEDGER_TEST_PG; one given from outside (an existing server) is used as it is.
set -euo pipefail

if [ -z "${TOKENLEDGER_IN_SESSION:-}" ]; then
    export TOKENLEDGER_IN_SESSION=1
    export TOKENLEDGER_REAL_HOME="${HOME:-}"
    scratch=$(mktemp -d -t tokenledger-test-XXXXXX)
    trap 'rm -rf "$scratch"' EXIT
    export HOME="$scratch/home"
    export XDG_RUNTIME_DIR="$scratch/run"
    export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    # The dev preset builds with ASan + UBSan: any leak, overflow or UB fails the test.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    status=0
    xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" \
        dbus-run-session -- "$0" "$@" || status=$?
    exit $status
fi

# Inside the session: start and unlock the Secret Service with a throwaway password.
printf 'tokenledger-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)" || true

if [ -n "${TOKENLEDGER_TEST_PG:-}" ]; then
    exec "$@"
fi
# Outside the scratch folder: as root the cluster runs as `postgres`, which must reach its folder.
pgdir=$(mktemp -d -t tokenledger-pg-XXXXXX)
pgscript="$(dirname "${BASH_SOURCE[0]}")/pg/pg-cluster.sh"
trap '"$pgscript" stop "$pgdir"' EXIT
trap 'exit 143' TERM INT
if ! pgenv=$("$pgscript" start "$pgdir"); then
    echo "run-in-session: could not start the test PostgreSQL cluster" >&2
    exit 1
fi
eval "$pgenv"
"$@"
