#!/usr/bin/env bash
# scripts/configure.sh: a cache left by a configure that failed for a missing compiler is found
# and never reused (issue 18: the Cortex-M3 image came out unoptimised from such a cache).
set -euo pipefail
source "$(dirname "$0")/../../scripts/configure.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/bin"
echo 'cmake_minimum_required(VERSION 3.25)
project(probe CXX)' >"$work/src/CMakeLists.txt"
echo 'set(CMAKE_CXX_COMPILER ampcard-probe-c++)' >"$work/toolchain.cmake"
configure() {
    cmake -S "$work/src" -B "$work/build" -G Ninja --toolchain "$work/toolchain.cmake" \
        -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null 2>&1
}
fail() { echo "FAIL: $*" >&2; exit 1; }

# The compiler is not installed: the configure fails and leaves a cache behind.
if PATH="$work/bin:$PATH" configure; then fail "configure without the compiler succeeded"; fi
cache_is_poisoned "$work/build" || fail "a failed configure's cache passed as good"

# Installed now: CMake alone reuses the cache and keeps it without MinSizeRel flags.
ln -s "$(command -v g++)" "$work/bin/ampcard-probe-c++"
PATH="$work/bin:$PATH" configure || fail "configure with the compiler failed"
grep -q '^CMAKE_CXX_FLAGS_MINSIZEREL:STRING=$' "$work/build/CMakeCache.txt" ||
    fail "CMake no longer keeps the poisoned flags: this test no longer shows the problem"
PATH="$work/bin:$PATH" cache_is_poisoned "$work/build" || fail "a reused poisoned cache passed as good"

# From a clean folder the same configure is good, and stays good.
rm -rf "$work/build"
PATH="$work/bin:$PATH" configure || fail "a fresh configure failed"
grep -q '^CMAKE_CXX_FLAGS_MINSIZEREL:STRING=-Os' "$work/build/CMakeCache.txt" || fail "no -Os"
if PATH="$work/bin:$PATH" cache_is_poisoned "$work/build"; then fail "a good cache passed as poisoned"; fi

# The compiler goes away again: the cache is no longer trusted.
rm "$work/bin/ampcard-probe-c++"
PATH="$work/bin:$PATH" cache_is_poisoned "$work/build" || fail "a cache whose compiler is gone passed as good"
echo "PASS"
