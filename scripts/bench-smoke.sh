#!/usr/bin/env bash
# Runs every benchmark briefly on a small demo store, so CI notices a benchmark that no longer
# builds or runs. The figures that count come from the full runs in bench/README.md.
#   scripts/bench-smoke.sh BUILD_DIR
set -euo pipefail
build=${1:?build directory}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/bench.sqlite"
"$build/bench/bench_search" --database "$db" --customers 5000 \
  --benchmark_filter='(search|like_scan)/(mül|5678)' --benchmark_min_time=0.01
QT_QPA_PLATFORM=offscreen "$build/bench/bench_cardopen" --database "$db" --benchmark_min_time=0.05
QT_QPA_PLATFORM=offscreen "$build/bench/bench_memory" --database "$db"
"$build/bench/bench_import" --rows 2000 --work "$dir/import"
# Sync through a real server and PostgreSQL (the desks' credentials go into a test keychain).
if [ -x "$build/bench/bench_sync" ]; then
  tests/with-keyring.sh "$build/bench/bench_sync" --push-mutations 200 --server-customers 300 \
    --desks 3 --seconds 3
fi
