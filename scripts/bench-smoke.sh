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
