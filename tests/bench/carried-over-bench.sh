#!/usr/bin/env bash
# The carried-over check across 01/07/2025 (issue 14): a dry run of one national month of today's units (39,852 rows,
# 12 fields) into history-db.sh's after.db, July 2025 (checked against the predecessors' June pending) beside August
# 2025 (the same-unit check), printing each run's check phase and whole batch from `kpi --verbose`.
# Works on a copy of after.db in BENCH_OUT (default /tmp/kpi-bench-carried), never on the original.
# Usage: BENCH_DIR=/tmp/kpi-bench-history tests/bench/carried-over-bench.sh [runs]   (after history-db.sh and a Release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
src=${BENCH_DIR:-/tmp/kpi-bench-history}
out=${BENCH_OUT:-/tmp/kpi-bench-carried}
runs=${1:-2}
mkdir -p "$out"
[ -f "$out/after.db" ] || cp "$src/after.db" "$out/after.db"
kpi() { Ingest__MaxRows=3000000 dotnet "${BENCH_KPI_DLL:-$root/src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll}" "$@"; }
for month in 2025-07 2025-08; do
  (head -1 "$src/new.csv"; grep "^$month," "$src/new.csv") >"$out/$month.csv"
  for i in $(seq "$runs"); do
    kpi --verbose --db "$out/after.db" ingest "$out/$month.csv" --dry-run >"$out/$month.out" 2>"$out/$month.err"
    echo "$month run $i: $(grep -o 'duplicate and carried-over checks took [0-9]* ms ([0-9]* ms CPU)' "$out/$month.err");" \
      "$(grep -o 'Batch of [0-9]* rows took [0-9]* ms' "$out/$month.err"); $(grep -o 'warnings [0-9]*' "$out/$month.out")"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
