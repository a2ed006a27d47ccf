#!/usr/bin/env bash
# Set-up, build, run and test RentDesk on Debian 12 / Ubuntu. Idempotent: installs only what is
# missing, builds incrementally.
#   scripts/dev.sh app [rentdesk options]   install, build (release) and start the app; demo data on first start
#   scripts/dev.sh test                     install, build (GCC and Clang, warnings as errors, ASan+UBSan), run every test, test the .deb
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the project needs, with the reason in docs/dependencies.md.
PACKAGES=(
  cmake ninja-build g++ pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl1-mesa-dev libxkbcommon-dev
  libbenchmark-dev sqlite3 xvfb xauth
  qtkeychain-qt6-dev libqt6sql6-psql libpq-dev libssl-dev libcpp-httplib-dev libsodium-dev postgresql
  gnome-keyring dbus-daemon dbus-x11
  clang libclang-rt-14-dev dpkg-dev file debootstrap desktop-file-utils appstream python3-yaml yamllint
)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  local preset=$1
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

case "${1:-}" in
  app)
    shift
    install_missing
    build release
    exec build/release/app/rentdesk --demo "$@"
    ;;
  test)
    install_missing
    echo "== formatting (clang-format, .clang-format)"
    find app bench cli demodata import models server store sync tests ui \( -name '*.cpp' -o -name '*.h' \) -print0 |
      xargs -0 clang-format --dry-run --Werror
    echo "== a default configure without the optional dependencies leaves their parts out"
    minimal=$(mktemp -d)
    cmake -S . -B "$minimal" -G Ninja -DCMAKE_DISABLE_FIND_PACKAGE_benchmark=ON \
      -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Keychain=ON -DCMAKE_DISABLE_FIND_PACKAGE_OpenSSL=ON >"$minimal.log"
    grep -E "left out|QtKeychain not found" "$minimal.log"
    targets=$(cmake --build "$minimal" --target help)
    if ! grep -qE '(^| )rentdesk-cli($|:)' <<<"$targets" || ! grep -qE '(^| )rentdesk($|:)' <<<"$targets" ||
      grep -qE 'rentdesk-server|bench_' <<<"$targets"; then
      echo "dev.sh: the default configure should build rentdesk and rentdesk-cli and leave the rest out" >&2
      exit 1
    fi
    rm -rf "$minimal" "$minimal.log"
    echo "== build and test: ci preset (GCC, warnings are errors)"
    build ci
    ctest --preset ci -j2
    echo "== benchmarks build and run on a small store (figures: see bench/README.md)"
    scripts/bench-smoke.sh build/ci
    echo "== package: the .deb installs, starts and uninstalls in a fresh Debian 12 system"
    packaging/test-deb.sh build/ci
    echo "== the CI workflow for Windows, macOS and Ubuntu (.github/workflows)"
    packaging/check-workflows.py --self-test
    packaging/check-workflows.py
    echo "== build and test: asan preset (Clang, AddressSanitizer + UndefinedBehaviorSanitizer)"
    build asan
    ctest --preset asan -j2
    ;;
  *)
    sed -n '2,6p' "$0"
    exit 2
    ;;
esac
