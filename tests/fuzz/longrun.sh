#!/usr/bin/env bash
# The documented long run of one fuzz target (README: Fuzzing): RUNS executions (default 10
# million) in one job, seeded like the smoke run. Build the fuzz preset first.
#   tests/fuzz/longrun.sh TARGET [RUNS] [WORKDIR]
# The growing corpus and any crash input stay in WORKDIR (default build/fuzz/longrun/TARGET); the
# last line sums the run up: executions, executions per second, coverage (cov, ft), corpus, time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

target=${1:?usage: tests/fuzz/longrun.sh TARGET [RUNS] [WORKDIR]}
runs=${2:-10000000}
work=${3:-build/fuzz/longrun/$target}
options=()
case "$target" in
    fuzz_csvreader | fuzz_csvrow)
        # Records of a few hundred bytes already cross the reader's small limits (1-64 bytes); the
        # per-byte work of 4 KiB inputs would cut the executions per second by four.
        seeds=(tests/fixtures/csv tests/fuzz/corpus/csv) dict=csv options=(-max_len=1024) ;;
    fuzz_exactjson | fuzz_providers)
        seeds=(tests/fixtures/openai tests/fixtures/anthropic tests/fixtures/openrouter tests/fixtures/deepseek
            tests/fuzz/corpus/json) dict=json ;;
    fuzz_money)
        seeds=(tests/fuzz/corpus/money) dict=money ;;
    fuzz_agentlogs)
        seeds=(tests/fuzz/corpus/agents) dict=json ;;
    *)
        echo "unknown target $target" >&2
        exit 2 ;;
esac
[ -d "tests/fuzz/regressions/$target" ] && seeds+=("tests/fuzz/regressions/$target")
mkdir -p "$work/corpus"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

start=$(date +%s)
status=0
"build/fuzz/tests/fuzz/$target" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="tests/fuzz/dicts/$dict.dict" -artifact_prefix="$work/" "${options[@]}" "$work/corpus" "${seeds[@]}" \
    >"$work/fuzz.log" 2>&1 || status=$?
seconds=$(($(date +%s) - start))
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log")
# Coverage only grows on NEW lines, so the last status line holds the final cov and ft.
done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$work/fuzz.log" | tail -n 1 || true)
rate=$((${execs:-0} / (seconds > 0 ? seconds : 1)))
rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$work/fuzz.log")
cov=$(sed -n 's/.* cov: \([0-9]*\) .*/\1/p' <<<"$done_line")
ft=$(sed -n 's/.* ft: \([0-9]*\) .*/\1/p' <<<"$done_line")
corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\) .*/\1/p' <<<"$done_line")
echo "$target: status $status, ${execs:-?} executions, ${rate:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}," \
    "corpus ${corp:-?}, peak RSS ${rss:-?} MB, ${seconds} s"
if [ "$status" -ne 0 ]; then
    grep -E 'ERROR|SUMMARY|FUZZ_CHECK|runtime error|Test unit written' "$work/fuzz.log" | head -n 20 >&2
fi
exit "$status"
