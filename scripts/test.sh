#!/usr/bin/env bash
# The README's second command: installs what the tests need, builds every target of a preset
# (default: dev; also asan or release), runs every test with ctest, then cross-builds the portable
# core for Cortex-M3, where a link with no C/C++ runtime proves it uses no heap, exceptions or RTTI.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/configure.sh

preset="${1:-dev}"
case "$preset" in
    dev|asan|release) ;;
    *) echo "usage: scripts/test.sh [dev|asan|release]" >&2; exit 2 ;;
esac

bash scripts/deps.sh build qt bench arm card qemu serial fuzz debug postgres

echo "== Cortex-M3 build of the portable core (no-runtime link check)"
configure_preset cortex-m3
cmake --build --preset cortex-m3

echo "== Build ($preset)"
configure_preset "$preset"
cmake --build --preset "$preset"

echo "== Tests ($preset)"
ctest --preset "$preset"
