#!/usr/bin/env bash
# Makes the .deb packages from a build folder and tries the desk package the way a user gets it:
# installed with apt into a fresh Debian 12 system (a debootstrap chroot made here), started
# from the installed paths (`rentdesk --screenshot`, `rentdesk-cli check`), then removed again,
# leaving none of its files behind. Also validates the desktop entry and the AppStream metainfo.
# Needs root (chroot, mounts) and the Debian mirror of this machine's apt sources.
#   packaging/test-deb.sh [BUILD_DIR]        (default build/ci)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
work=${TMPDIR:-/tmp}/rentdesk-deb-test
base=${TMPDIR:-/tmp}/rentdesk-deb-root # a pristine Debian 12 minbase, kept between runs
root=$work/root

echo "-- validating the desktop entry and the AppStream metainfo"
desktop-file-validate packaging/org.rentdesk.RentDesk.desktop
appstreamcli validate --no-net --pedantic packaging/org.rentdesk.RentDesk.metainfo.xml

# The chroot's bind mounts go before its folder does: removing it with /dev still mounted in it
# would remove the machine's /dev.
unmount_and_remove() {
  for m in dev/pts dev proc; do
    umount "$root/$m" 2>/dev/null || true
  done
  if grep -q " $root/" /proc/mounts; then
    echo "test-deb: $root still has mounts; not removing it" >&2
    return 1
  fi
  rm -rf "$root"
}

echo "-- making the packages (cpack -G DEB)"
unmount_and_remove
rm -rf "$work"
mkdir -p "$work/packages"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/packages" >"$work/cpack.log" ||
  { cat "$work/cpack.log"; exit 1; }
desk=$(ls "$work"/packages/rentdesk_*.deb)
echo "   $(basename "$desk"): $(du -h "$desk" | cut -f1)"
dpkg-deb --field "$desk" Package Version Depends Recommends
for deb in "$work"/packages/*.deb; do
  # Every installed file belongs to the package and nothing lands outside /usr.
  if dpkg-deb --contents "$deb" | awk '{print $6}' | grep -vE '^\./(usr/)?$|^\./usr/'; then
    echo "test-deb: $(basename "$deb") installs files outside /usr" >&2
    exit 1
  fi
done

if [ "$(id -u)" -ne 0 ]; then
  echo "test-deb: the install test needs root (chroot)" >&2
  exit 1
fi
if [ ! -x "$base/bin/bash" ]; then
  echo "-- making a fresh Debian 12 system (debootstrap, once)"
  rm -rf "$base"
  mirror=$(grep -hoE '^(URIs:|deb) +[^ ]+/debian( |$)' /etc/apt/sources.list.d/*.sources \
    /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n 1 || true)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  debootstrap --variant=minbase bookworm "$base.part" "$mirror" >"$work/debootstrap.log" ||
    { tail -20 "$work/debootstrap.log"; exit 1; }
  mv "$base.part" "$base"
fi
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$desk" "$root/tmp/"
mount --bind /proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts" || true
trap unmount_and_remove EXIT
in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

echo "-- installing $(basename "$desk") with apt"
mkdir -p -m 0700 "$root/tmp/runtime-root"
in_root apt-get update -qq
before=$(in_root dpkg-query -W -f '${Package}\n' | sort)
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$desk")" >"$work/install.log" 2>&1 ||
  { tail -30 "$work/install.log"; exit 1; }
for f in /usr/bin/rentdesk /usr/bin/rentdesk-cli /usr/share/applications/org.rentdesk.RentDesk.desktop \
  /usr/share/metainfo/org.rentdesk.RentDesk.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/org.rentdesk.RentDesk.svg; do
  [ -e "$root$f" ] || { echo "test-deb: $f is not installed" >&2; exit 1; }
done

echo "-- starting the installed programs"
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-root rentdesk --demo --lang en \
  --database /root/shop.sqlite --screenshot /root/shot.png
# A picture of the window: a PNG of a real size, not an empty file.
file_size=$(stat -c %s "$root/root/shot.png")
[ "$file_size" -gt 20000 ] || { echo "test-deb: the screenshot has only $file_size bytes" >&2; exit 1; }
head -c 8 "$root/root/shot.png" | cmp -s - <(printf '\x89PNG\r\n\x1a\n') ||
  { echo "test-deb: the screenshot is not a PNG" >&2; exit 1; }
in_root rentdesk-cli check --database /root/shop.sqlite
customers=$(in_root rentdesk-cli search --database /root/shop.sqlite a | wc -l)
[ "$customers" -gt 0 ] || { echo "test-deb: the demo store has no customers" >&2; exit 1; }
cp "$root/root/shot.png" "$work/installed-screenshot.png"

echo "-- removing it again"
in_root apt-get purge -y -qq --autoremove rentdesk >"$work/remove.log" 2>&1 ||
  { tail -30 "$work/remove.log"; exit 1; }
after=$(in_root dpkg-query -W -f '${Package}\n' | sort)
if [ "$before" != "$after" ]; then
  echo "test-deb: packages differ after the removal:" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  exit 1
fi
left=$(cd "$root" && find usr -path '*rentdesk*' -o -iname '*RentDesk*' | grep -v '^usr/share/doc$' || true)
[ -z "$left" ] || { echo "test-deb: left behind: $left" >&2; exit 1; }
echo "test-deb: installed, started, checked and removed cleanly (screenshot: $work/installed-screenshot.png)"
