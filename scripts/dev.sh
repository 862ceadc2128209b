#!/usr/bin/env bash
# TokenLedger developer entry point on Debian 12.
#   scripts/dev.sh run    install missing packages, build (release), launch the window
#   scripts/dev.sh test   install missing packages, build (dev: ASan+UBSan, -Werror), run every test,
#                         build with clang-14 (clang preset) and run the unit tests under it,
#                         then build the libFuzzer targets (fuzz preset, clang-14) and smoke-run each
#   scripts/dev.sh bench  install missing packages, build (release), run tokenledger-bench [ROWS]
#   scripts/dev.sh agentbench  build tokenledger and tokenledger-agentbench (release), install ccusage
#                         (scripts/ccusage.sh), run the agent-log benchmark [its OPTIONS, see --help]
#   scripts/dev.sh deps   only install missing packages
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# What building needs (verified on Debian 12: Charts needs libqt6opengl6-dev, HttpServer needs
# qt6-websockets-dev, or find_package fails; help2man writes the man page from --help).
BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libsqlite3-dev
    help2man
)
# What running needs beyond the libraries the build pulls in (loaded at run time).
# fonts-nanum: Korean glyphs (the window speaks Korean; DejaVu has no Hangul). qt6-translations-l10n:
# Qt's own words (Save, Cancel, Close, the file dialog), else English in a German, Korean or Russian window.
# libqt6sql6-psql: the PostgreSQL driver a team database (postgresql://...) is opened with.
RUN_PACKAGES=(libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 libssl3 qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
    fonts-nanum qt6-translations-l10n)
# What the tests need around them: a private D-Bus with a Secret Service, X for tray tests,
# dpkg tools and lintian for the package test, the AppStream, desktop-file and Flatpak manifest
# checkers, clang with libFuzzer for the fuzz smoke runs, and a PostgreSQL server the team-database
# tests start a throwaway cluster of (tests/pg/pg-cluster.sh).
TEST_PACKAGES=(xvfb xauth dbus gnome-keyring libsecret-tools dpkg-dev file lintian appstream desktop-file-utils
    flatpak-builder clang-format clang-14 libclang-rt-14-dev postgresql)

install_missing() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

cmd=${1:-}
shift || true
case "$cmd" in
    deps)
        install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        ;;
    run)
        install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
        build release
        exec ./build/release/app/tokenledger "$@"
        ;;
    test)
        install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        # The three builds take about 16 GB (the dev preset's 95 sanitized test programs 12 GB): say
        # so before starting when the disk has less, so that a build stopped by "No space left on
        # device" halfway through is not a mystery.
        mkdir -p build
        free_kb=$(df -Pk build | awk 'NR == 2 { print $4 }')
        if [ "${free_kb:-0}" -lt $((18 * 1024 * 1024)) ]; then
            echo "warning: $((free_kb / 1024 / 1024)) GB free where the builds go; the test builds need about 16 GB" >&2
        fi
        build dev
        status=0
        tests/run-in-session.sh ctest --preset dev "$@" || status=$?
        # The second compiler: clang 14 with the portable fallbacks (no __int128, no overflow
        # builtins) builds everything with warnings as errors; the unit suites run under it.
        build clang
        tests/run-in-session.sh ctest --preset clang -L unit || status=$?
        # Each fuzz target replays its regression inputs and seeds, then fuzzes for a few seconds.
        build fuzz
        ctest --preset fuzz || status=$?
        exit $status
        ;;
    bench)
        # sqlite3: the CSV import's anchor (.import of the same file); xvfb: start-up under X.
        install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" sqlite3 xvfb xauth
        build release
        exec ./build/release/tests/benchmarks/tokenledger-bench "$@"
        ;;
    agentbench)
        install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
        cmake --preset release
        cmake --build --preset release --parallel "$(nproc)" --target tokenledger tokenledger-agentbench
        ccusage=$(scripts/ccusage.sh)
        exec ./build/release/tests/benchmarks/tokenledger-agentbench --ccusage "$ccusage" "$@"
        ;;
    *)
        echo "usage: scripts/dev.sh run|test|bench|agentbench|deps [ARGS...]" >&2
        exit 2
        ;;
esac
