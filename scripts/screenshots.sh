#!/usr/bin/env bash
# Renders every main page of Ampcard Station in English and Chinese into docs/screenshots/ (a demo
# ledger made in a temporary folder; no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh build qt card
cmake --preset dev >/dev/null
cmake --build --preset dev --target ampcard-station
QT_QPA_PLATFORM=offscreen build/dev/ui/ampcard-station --screenshots docs/screenshots
ls docs/screenshots
