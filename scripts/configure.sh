#!/usr/bin/env bash
# Configures a preset's build folder (build/PRESET), first clearing a cache that cannot be trusted:
# one whose configure never finished (no build.ninja), or whose recorded compiler does not run.
# A configure that failed for a missing compiler would otherwise be reused by the next one, with
# the flags it never detected (a Cortex-M3 image came out unoptimised that way).
# Usage: scripts/configure.sh PRESET        (sourced: the function configure_preset PRESET)
set -euo pipefail

# True when build folder $1 holds a cache that must not be reused: its configure never finished,
# the compiler it detected is gone, or it recorded no flags for its build type (what a configure
# that failed before detecting the compiler leaves behind, and every later one keeps).
cache_is_poisoned() {
    local dir=$1 cache=$1/CMakeCache.txt compiler type flags
    [[ -f $cache ]] || return 1
    [[ -f $dir/build.ninja ]] || return 0
    compiler=$(sed -n 's/^set(CMAKE_CXX_COMPILER "\(.*\)")$/\1/p' "$dir"/CMakeFiles/*/CMakeCXXCompiler.cmake 2>/dev/null | head -n1)
    [[ -n $compiler ]] && "$compiler" --version >/dev/null 2>&1 || return 0
    type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$cache")
    if [[ -n $type ]]; then
        flags=$(sed -n "s/^CMAKE_CXX_FLAGS_${type^^}:[A-Z]*=//p" "$cache")
        [[ -n $flags ]] || return 0
    fi
    return 1
}

configure_preset() {
    local preset=$1 dir
    dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build/$preset"
    if cache_is_poisoned "$dir"; then
        echo "configure.sh: build/$preset has a cache from a configure that failed or a compiler that is gone; starting it afresh" >&2
        rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
    fi
    mkdir -p "$(dirname "$dir")"
    if ! cmake --preset "$preset" >"$dir.configure.log" 2>&1; then
        cat "$dir.configure.log" >&2
        rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
        echo "configure.sh: configuring preset $preset failed (log above); the next run starts afresh" >&2
        return 1
    fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    [[ $# -eq 1 ]] || { echo "usage: scripts/configure.sh PRESET" >&2; exit 2; }
    configure_preset "$1"
fi
