#!/usr/bin/env bash
# Runs a command as a newcomer would on a fresh Debian 12 machine: makes a clean root with
# mmdebstrap (the tarball is cached for a day), clones this repository's HEAD into /root/ampcard
# there and runs CMD in it with bash, as root, under chroot. Nothing installed on this machine
# reaches the command; only the downloaded .debs are shared (the host's apt archive is bound in).
#
# Usage: scripts/fresh-machine.sh [--in DIR] [--out DIR] [--no-clone] CMD
#   --in DIR    copy DIR into the root as /root/in first
#   --out DIR   copy the root's /root/out into DIR afterwards (even when CMD fails)
#   --no-clone  no repository in the root: CMD runs in /root
# Needs root (chroot, mounts). The cache: $AMPCARD_ROOT_CACHE (default /var/cache/ampcard).
set -euo pipefail
cd "$(dirname "$0")/.."

in_dir="" out_dir="" clone=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --in) in_dir=$(realpath "$2"); shift 2 ;;
        --out) out_dir=$(realpath -m "$2"); shift 2 ;;
        --no-clone) clone=0; shift ;;
        --) shift; break ;;
        -*) echo "fresh-machine.sh: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
[[ $# -ge 1 ]] || { echo "usage: scripts/fresh-machine.sh [--in DIR] [--out DIR] [--no-clone] CMD" >&2; exit 2; }
command_line="$*"
[[ $(id -u) -eq 0 ]] || { echo "fresh-machine.sh: needs root (chroot and mounts)" >&2; exit 2; }
bash scripts/deps.sh fresh

cache=${AMPCARD_ROOT_CACHE:-/var/cache/ampcard}
tarball=$cache/bookworm.tar
mkdir -p "$cache"
if [[ ! -f $tarball || ! -s $tarball ]] || [[ -n $(find "$tarball" -mmin +1440) ]]; then
    echo "== fresh-machine: making a Debian 12 root (mmdebstrap)"
    start=$SECONDS
    # mmdebstrap picks its output format from the name: the work file must end in .tar, or it
    # writes a directory (and a directory left by such a run is not a tarball either).
    rm -rf "$tarball" "$cache/bookworm.new.tar"
    mmdebstrap --quiet --variant=apt --format=tar --include=git,ca-certificates,procps bookworm \
        "$cache/bookworm.new.tar"
    mv "$cache/bookworm.new.tar" "$tarball"
    echo "fresh-machine: root tarball made in $((SECONDS - start)) s"
fi

root=$(mktemp -d /var/tmp/ampcard-fresh.XXXXXX)
mounts=()
cleanup() {
    local i proc
    # What CMD left running in the root (a pcscd a test started) ends with it.
    for proc in /proc/[0-9]*; do
        [[ $(readlink "$proc/root" 2>/dev/null) == "$root" ]] && kill -9 "${proc#/proc/}" 2>/dev/null
    done
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
    # The apt archive is a bind of this machine's own filesystem: never delete through a mount.
    if grep -q " $root/" /proc/mounts; then
        echo "fresh-machine.sh: $root still has mounts; left in place" >&2
        return
    fi
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
mount_in() { # mount_in TARGET ARGS...
    mkdir -p "$1"
    mount "${@:2}" "$1"
    mounts+=("$1")
}

tar -C "$root" -xf "$tarball"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount_in "$root/dev" --bind /dev
mount_in "$root/dev/pts" --bind /dev/pts
mount_in "$root/proc" -t proc proc
mount_in "$root/sys" -t sysfs sysfs
mount_in "$root/var/cache/apt/archives" --bind /var/cache/apt/archives
# No init system runs in the root: services are not started by package scripts.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

workdir=/root
if [[ $clone -eq 1 ]]; then
    git clone --quiet --no-hardlinks "$PWD" "$root/root/ampcard"
    git -C "$root/root/ampcard" checkout --quiet "$(git rev-parse HEAD)"
    workdir=/root/ampcard
fi
[[ -z $in_dir ]] || cp -a "$in_dir" "$root/root/in"

echo "== fresh-machine: $command_line"
start=$SECONDS
status=0
chroot "$root" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c "cd $workdir && $command_line" || status=$?
echo "fresh-machine: exit status $status after $((SECONDS - start)) s"
if [[ -n $out_dir ]]; then
    mkdir -p "$out_dir"
    [[ ! -d $root/root/out ]] || cp -a "$root/root/out/." "$out_dir/"
fi
exit "$status"
