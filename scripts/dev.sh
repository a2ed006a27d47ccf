#!/usr/bin/env bash
# Set-up, build, run and test RentDesk on Debian 12 / Ubuntu. Idempotent: installs only what is
# missing, builds incrementally.
#   scripts/dev.sh app [rentdesk options]   install, build (release) and start the app; demo data on first start
#   scripts/dev.sh test                     install, build (warnings as errors, and ASan+UBSan) and run every test
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the project needs, with the reason in docs/dependencies.md.
PACKAGES=(
  cmake ninja-build g++ pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl1-mesa-dev libxkbcommon-dev
  libbenchmark-dev sqlite3 xvfb xauth
  qtkeychain-qt6-dev libqt6sql6-psql libpq-dev libssl-dev libcpp-httplib-dev postgresql
  gnome-keyring dbus-daemon dbus-x11
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
    find app bench cli demodata models server store sync tests ui \( -name '*.cpp' -o -name '*.h' \) -print0 |
      xargs -0 clang-format --dry-run --Werror
    echo "== build and test: ci preset (warnings are errors)"
    build ci
    ctest --preset ci -j2
    echo "== benchmarks build and run on a small store (figures: see bench/README.md)"
    scripts/bench-smoke.sh build/ci
    echo "== build and test: asan preset (AddressSanitizer + UndefinedBehaviorSanitizer)"
    build asan
    ctest --preset asan -j2
    ;;
  *)
    sed -n '2,6p' "$0"
    exit 2
    ;;
esac
