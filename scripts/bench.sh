#!/usr/bin/env bash
# Builds the release preset and the Cortex-M3 preset, runs every benchmark (median of 5) and
# prints the Cortex-M3 size of the portable core. Numbers go into docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh build qt bench arm card
cmake --preset release >/dev/null
cmake --build --preset release
cmake --preset cortex-m3 >/dev/null
cmake --build --preset cortex-m3

echo "== Tariff core (host, release)"
build/release/tests/bench/bench_tariff --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true "$@"
echo "== Meter tick and NV saves per kWh (host, release)"
build/release/tests/bench/bench_meter --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
echo "== Card work and cryptography (needs pcscd with vpcd; started when absent)"
pgrep -x pcscd >/dev/null || pcscd
build/release/tests/bench/bench_card
echo "== Station ledger: 100,000 customers and journal entries (release)"
build/release/tests/bench/bench_station
echo "== Station start-up with a 1M-sale ledger (release, offscreen)"
build/release/tests/bench/bench_startup
echo "== Cortex-M3 size (MinSizeRel, arm-none-eabi-gcc)"
cmake --build build/cortex-m3 --target size
