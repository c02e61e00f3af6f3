#!/usr/bin/env bash
# Builds the libFuzzer targets (clang) and runs each for SECONDS (default 30), starting from its
# committed corpus: the portable decoders (`fuzz` preset: DL/T645, Modbus, card records, the card
# APDU handler) and the host parsers (`fuzz-host` preset: tariff file, customer CSV). New inputs go
# to build/<preset>/corpus-NAME; a crash leaves a crash-* file there and fails the run (add the
# input to tests/fuzz/corpus/NAME: every build runs that corpus as a regression test).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/configure.sh
seconds="${1:-30}"
bash scripts/deps.sh build fuzz
configure_preset fuzz
cmake --build --preset fuzz
bash scripts/deps.sh qt card postgres
configure_preset fuzz-host
cmake --build --preset fuzz-host --target fuzz_tariff_file fuzz_csv

run() {
    local preset="$1" target="$2"
    local work="build/$preset/corpus-$target"
    mkdir -p "$work"
    echo "== fuzz_$target for ${seconds}s"
    local log="build/$preset/fuzz_$target.log" status=0
    "build/$preset/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="build/$preset/" "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1 ||
        status=$?
    grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|ERROR|runtime error|crash" \
        "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz_$target failed (exit $status); the input is in build/$preset/crash-*" >&2
        return "$status"
    fi
}
for target in dlt645 modbus nvrecord records apdu; do run fuzz "$target"; done
for target in tariff_file csv; do run fuzz-host "$target"; done
