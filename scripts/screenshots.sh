#!/usr/bin/env bash
# Renders every page of Ampcard Station at 1366×768 in every language it offers (en, fr, pt, ar,
# sw, zh_CN) into docs/screenshots/<page>-<language>.png (a demo ledger made in a temporary folder;
# no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/configure.sh
bash scripts/deps.sh build qt card
configure_preset dev
cmake --build --preset dev --target ampcard-station
QT_QPA_PLATFORM=offscreen build/dev/ui/ampcard-station --screenshots docs/screenshots
ls docs/screenshots
