#!/usr/bin/env bash
# The README's first command: installs what the build needs, builds the release preset and starts
# the main program. Today that is the `ampcard` tool; arguments are passed to it (default: --help).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh build qt card
cmake --preset release >/dev/null
cmake --build --preset release --target ampcard ampcard-vcard ampcard-meter-sim

if [[ $# -eq 0 ]]; then
    set -- --help
fi
exec build/release/app/cli/ampcard "$@"
