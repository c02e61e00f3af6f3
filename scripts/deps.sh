#!/usr/bin/env bash
# Installs the Debian packages a task needs, and nothing when they are all present.
# Usage: scripts/deps.sh GROUP...   groups: build qt arm bench card qemu serial fuzz debug vicc package fresh postgres
set -euo pipefail

declare -A groups=(
    [build]="cmake ninja-build g++ pkg-config"
    [qt]="qt6-base-dev libsqlite3-dev libqrencode-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl1-mesa-dev fonts-wqy-microhei qt6-charts-dev libqt6opengl6-dev qt6-serialport-dev"
    [arm]="gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib binutils-arm-none-eabi"
    [bench]="libbenchmark-dev"
    [card]="libssl-dev libpcsclite-dev pcscd pcsc-tools vsmartcard-vpcd"
    [qemu]="qemu-system-arm"
    [serial]="socat mbpoll libmodbus-dev qt6-serialport-dev"
    [fuzz]="clang libclang-rt-14-dev"
    [debug]="gdb"
    [package]="dpkg-dev file desktop-file-utils appstream lintian"
    [fresh]="mmdebstrap"
    [postgres]="libpq-dev postgresql-15 openssl"
    [vicc]="vsmartcard-vpicc python3-virtualsmartcard python3-pycryptodome"
)

wanted=()
for group in "$@"; do
    [[ -n "${groups[$group]+x}" ]] || { echo "deps.sh: unknown group '$group'" >&2; exit 2; }
    for pkg in ${groups[$group]}; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || wanted+=("$pkg")
    done
done
[[ ${#wanted[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
        echo "deps.sh: missing packages ${wanted[*]}; run as root to install them" >&2; exit 2
    fi
else
    sudo_cmd=()
fi
echo "deps.sh: installing ${wanted[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${wanted[@]}"
