#!/usr/bin/env bash
# Runs every benchmark and writes the benchmark table into docs/PERFORMANCE.md (between its
# bench-table markers): the tariff core and the meter tick (Google Benchmark, median of 5), card
# work per sale through pcscd and ampcard-vcard against upstream vicc, the station's ledger at
# scale and a sale end to end, start-up, network mode's push to a local PostgreSQL, the Cortex-M3 image's flash and RAM, NV endurance, and
# libFuzzer executions per second. Builds the release, cortex-m3 and fuzz presets; starts pcscd.
# Usage: bash scripts/bench.sh [FUZZ_SECONDS]   (default 20 s per fuzz target)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/configure.sh
fuzz_seconds="${1:-20}"

bash scripts/deps.sh build qt bench arm card vicc postgres
configure_preset release
cmake --build --preset release
configure_preset cortex-m3
cmake --build --preset cortex-m3
pgrep -x pcscd >/dev/null || { pcscd; for _ in $(seq 50); do [ -S /run/pcscd/pcscd.comm ] && break; sleep 0.1; done; }

results=build/release/bench-results
rm -rf "$results" && mkdir -p "$results"
bench=build/release/tests/bench

echo "== Tariff core"
"$bench/bench_tariff" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_out="$results/tariff.json" --benchmark_out_format=json
echo "== Meter tick and NV saves per kWh"
"$bench/bench_meter" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_out="$results/meter.json" --benchmark_out_format=json

echo "== Card work and cryptography; upstream vicc for comparison"
# Debian's vicc installs its package one folder too deep and imports PyCrypto as `Crypto`; a
# search path and a two-line alias for pycryptodome (`Cryptodome`) make it run unchanged.
shim="$results/vicc-shim"
mkdir -p "$shim/Crypto"
printf 'import Cryptodome\n__path__ = Cryptodome.__path__\n' > "$shim/Crypto/__init__.py"
AMPCARD_VICC=vicc PYTHONPATH="$shim:/usr/lib/python3/site-packages/virtualsmartcard" \
    "$bench/bench_card" --rows "$results/card.tsv"

echo "== Station ledger at scale and sale end to end"
"$bench/bench_station" --rows "$results/station.tsv"
echo "== Station start-up with a 1M-sale ledger"
"$bench/bench_startup" --rows "$results/startup.tsv"
echo "== Network mode: sync lag online, the sale in both modes, join upload, push, 50 stations at once (a local PostgreSQL 15)"
"$bench/bench_sync" --rows "$results/sync.tsv"

echo "== Cortex-M3 image and portable libraries (arm-none-eabi-size)"
firmware=build/cortex-m3/meterfw/qemu/ampcard-meter-fw.elf
section_size() { arm-none-eabi-size -A "$firmware" | awk -v name="$1" '$1 == name { print $2 }'; }
text=$(( $(section_size .text) + $(section_size .ARM.exidx) ))
data=$(section_size .data)
bss=$(section_size .bss)
stack=$(section_size .stack)
section="Firmware (Cortex-M3, MinSizeRel, arm-none-eabi-gcc; the linker script enforces the budget)"
{
    printf '%s\timage flash (.text + .data), with DL/T645 and Modbus on two UARTs\t≤ 65,536 B\t%d B (%d %%)\t—\n' \
        "$section" $((text + data)) $(((text + data) * 100 / 65536))
    printf '%s\timage static RAM (.data + .bss)\t≤ 8,192 B\t%d B (%d %%)\t—\n' \
        "$section" $((data + bss)) $(((data + bss) * 100 / 8192))
    printf '%s\tstack the linker script reserves (not in the static RAM budget)\t—\t%d B\t—\n' \
        "$section" "$stack"
    for lib in tariff/libampcard_tariff.a:"≤ 8,192 B" cardio/libampcard_card.a:— meterfw/libampcard_meter.a:—; do
        path="build/cortex-m3/${lib%%:*}"
        read -r ltext ldata lbss _ < <(arm-none-eabi-size -t "$path" | tail -1)
        printf '%s\t%s, all objects (text + data)\t%s\t%d B\t—\n' "$section" "$(basename "$path")" \
            "${lib#*:}" $((ltext + ldata))
    done
} > "$results/firmware.tsv"
cat "$results/firmware.tsv"

echo "== Fuzzing: executions per second (${fuzz_seconds}s each)"
bash scripts/fuzz.sh "$fuzz_seconds" | tee "$results/fuzz.log"
awk -v section="Fuzzing (libFuzzer, clang, ASan + UBSan, one process per target)" '
    /^== fuzz_/ { target = $2 }
    /stat::average_exec_per_sec/ { rate = $2 }
    /stat::number_of_executed_units/ { units = $2 }
    /^== / && target != "" && rate != "" { }
    rate != "" && units != "" {
        printf "%s\t%s\t—\t%s exec/s (%s in all)\t—\n", section, target, rate, units
        rate = ""; units = ""
    }' "$results/fuzz.log" > "$results/fuzz.tsv"
cat "$results/fuzz.tsv"

machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(g++ --version | head -1), release preset"
"$bench/bench_table" docs/PERFORMANCE.md "$results" "$machine"
