#!/usr/bin/env bash
# The README's first command: installs what the build needs, builds the release preset and starts
# Ampcard Station. With arguments it runs the `ampcard` tool instead (`run.sh sale --help`).
# Without a desktop (no DISPLAY or WAYLAND_DISPLAY) the station is served over VNC on port 5900.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/configure.sh

bash scripts/deps.sh build qt card postgres
configure_preset release
cmake --build --preset release --target ampcard ampcard-station ampcard-vcard ampcard-meter-sim

if [[ $# -gt 0 ]]; then
    exec build/release/app/cli/ampcard "$@"
fi

# The built-in virtual card reader needs pcscd with vpcd; a real reader needs pcscd too.
if ! pgrep -x pcscd >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then pcscd; else sudo pcscd 2>/dev/null || echo "run.sh: start pcscd for card readers" >&2; fi
    sleep 1
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run.sh: no desktop here; Ampcard Station is served over VNC at $(hostname):5900" >&2
    export QT_QPA_PLATFORM=vnc:port=5900
fi
exec build/release/ui/ampcard-station
