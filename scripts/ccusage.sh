#!/usr/bin/env bash
# Installs ccusage 20.0.24 (its native Rust core) into build/tools/ccusage for the agent-log
# benchmark, and prints the path of the executable to run. Idempotent: a second run only checks.
#   scripts/ccusage.sh            install if missing, verify, print the path
# Run it as: CLAUDE_CONFIG_DIR=<tree> "$(scripts/ccusage.sh)" claude daily --json --offline -z UTC
# (`claude daily` reads Claude Code only; plain `daily` would also look for every other agent's logs;
# --offline prices from the table built into the binary instead of fetching one.)
set -euo pipefail

VERSION=20.0.24
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DEST="$PWD/build/tools/ccusage"

log() { echo "ccusage.sh: $*" >&2; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "installing Debian's nodejs and npm"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq nodejs npm >&2
fi

# The native binary ships in a per-platform package (20.0.24 is the last version that has it on
# this registry); the JavaScript wrapper only starts it, so the benchmark runs the binary itself.
case "$(node -p 'process.platform + "-" + process.arch')" in
linux-x64) PLATFORM=linux-x64 ;;
linux-arm64) PLATFORM=linux-arm64 ;;
*)
    log "no ccusage native binary for this platform"
    exit 1
    ;;
esac
BIN="$DEST/node_modules/@ccusage/ccusage-$PLATFORM/bin/ccusage"

installed_version() {
    node -p "require('$DEST/node_modules/ccusage/package.json').version" 2>/dev/null || true
}

if [[ ! -f "$BIN" || "$(installed_version)" != "$VERSION" ]]; then
    log "installing ccusage@$VERSION into $DEST"
    mkdir -p "$DEST"
    npm install --prefix "$DEST" --no-audit --no-fund --loglevel=error "ccusage@$VERSION" >&2
fi
# npm does not keep the binary's execute bit (the wrapper sets it on first run).
chmod +x "$BIN"

# It must really run: its version, and a report over an empty Claude Code folder (offline).
if [[ "$("$BIN" --version 2>/dev/null)" != *"$VERSION"* ]]; then
    log "$BIN does not run or is not $VERSION"
    exit 1
fi
EMPTY="$(mktemp -d)"
trap 'rm -rf "$EMPTY"' EXIT
mkdir -p "$EMPTY/projects"
if ! CLAUDE_CONFIG_DIR="$EMPTY" "$BIN" claude daily --json --offline -z UTC >/dev/null 2>&1; then
    log "$BIN claude daily --json --offline failed"
    exit 1
fi
echo "$BIN"
