#!/usr/bin/env bash
# Builds the release preset and writes the Debian packages into build/packages/:
#   ampcard-station_VERSION_ARCH.deb  the station and the ampcard tool (desktop entry, icons,
#                                     AppStream metainfo, man pages)
#   ampcard-tools_VERSION_ARCH.deb    ampcard-vcard and ampcard-meter-sim
# then checks them: desktop-file-validate, appstreamcli validate and lintian (no errors).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/configure.sh

bash scripts/deps.sh build qt card postgres package
configure_preset release
cmake --build --preset release --target ampcard ampcard-station ampcard-vcard ampcard-meter-sim \
    ampcard_package_files

echo "== Packages (cpack)"
rm -rf build/packages build/release/cpack
mkdir -p build/packages
(cd build/release && cpack -G DEB -B "$PWD/cpack" >cpack.log) || { cat build/release/cpack.log >&2; exit 1; }
cp build/release/cpack/*.deb build/packages/

echo "== Checks"
contents=$(mktemp -d)
trap 'rm -rf "$contents"' EXIT
for deb in build/packages/*.deb; do
    dpkg-deb -x "$deb" "$contents"
done
desktop-file-validate "$contents"/usr/share/applications/*.desktop
appstreamcli validate --no-net --pedantic "$contents"/usr/share/metainfo/*.metainfo.xml
# lintian refuses to run as root without this; errors fail the script, warnings are shown.
lintian --allow-root --fail-on error \
    build/packages/*.deb
ls -l build/packages/*.deb
