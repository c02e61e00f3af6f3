#!/usr/bin/env bash
# Renders every main page of Ampcard Station in English and Chinese into docs/screenshots/ (a demo
# ledger made in a temporary folder; no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/configure.sh
bash scripts/deps.sh build qt card
configure_preset dev
cmake --build --preset dev --target ampcard-station
QT_QPA_PLATFORM=offscreen build/dev/ui/ampcard-station --screenshots docs/screenshots
ls docs/screenshots
