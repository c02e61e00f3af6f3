#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset, clang) and runs each for SECONDS (default 30),
# starting from its committed corpus. New inputs go to build/fuzz/corpus-NAME; a crash leaves a
# crash-* file and fails the run (add the input to tests/fuzz/corpus/NAME as a regression test).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
bash scripts/deps.sh build fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
for target in dlt645 modbus records apdu; do
    work="build/fuzz/corpus-$target"
    mkdir -p "$work"
    echo "== fuzz_$target for ${seconds}s"
    "build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="build/fuzz/" "$work" "tests/fuzz/corpus/$target" 2>&1 |
        grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|ERROR|crash" || true
    test "${PIPESTATUS[0]}" -eq 0
done
