#!/usr/bin/env bash
# Smoke run of one libFuzzer target (ctest --preset fuzz runs one per target):
#   smoke.sh FUZZER SECONDS REGRESSIONS_DIR [-dict=FILE] -- CORPUS_DIR...
# 1. replays every input in REGRESSIONS_DIR (crashes found before, kept so they stay fixed);
# 2. runs every seed in the corpus directories, then fuzzes for SECONDS. New inputs go to a
#    scratch directory, never into the source tree.
# Exits non-zero on any crash, leak, sanitizer report or failed FUZZ_CHECK, and prints the input.
set -euo pipefail

fuzzer=$1
seconds=$2
regressions=$3
shift 3
options=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    options+=("$1")
    shift
done
[ "${1:-}" = "--" ] && shift
corpora=("$@")

scratch=$(mktemp -d -t tokenledger-fuzz-XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/corpus"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

report() {
    echo "$(basename "$fuzzer"): $1" >&2
    for artifact in "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-* "$scratch"/oom-*; do
        [ -e "$artifact" ] || continue
        echo "input $(basename "$artifact") (keep it in $regressions/ once fixed):" >&2
        od -A d -c "$artifact" | head -n 40 >&2
    done
    exit 1
}

shopt -s nullglob
kept=("$regressions"/*)
if [ ${#kept[@]} -gt 0 ]; then
    "$fuzzer" -artifact_prefix="$scratch/" "${kept[@]}" >"$scratch/replay.log" 2>&1 ||
        { cat "$scratch/replay.log" >&2; report "a regression input fails again"; }
    echo "$(basename "$fuzzer"): ${#kept[@]} regression inputs pass"
fi

"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$scratch/" "${options[@]}" "$scratch/corpus" "${corpora[@]}" >"$scratch/fuzz.log" 2>&1 ||
    { tail -n 60 "$scratch/fuzz.log" >&2; report "crashed while fuzzing"; }
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|INITED|DONE' "$scratch/fuzz.log" || true
