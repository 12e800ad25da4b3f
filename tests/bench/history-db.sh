#!/usr/bin/env bash
# The two SQLite files for measuring the pages before and after history (issue 14, "Speed and scale"), both about
# 2.4 M facts, 12 fields, into BENCH_DIR (default /tmp/kpi-bench-history):
#   before.db  today's 3,321 communes only, 60 months (2021-01 .. 2025-12) in today's units: run.sh web's file
#   after.db   today's communes and the history units (63 provinces, 696 districts, 10,035 communes and their links),
#              18 months in the old communes (2024-01 .. 2025-06) and 6 months in today's (2025-07 .. 2025-12)
# Then: BENCH_DB=$BENCH_DIR/before.db tests/bench/pages-bench.sh, and the same with after.db.
# Usage: tests/bench/history-db.sh   (needs a Release build of src/KpiDashboard.Cli, or BENCH_KPI_DLL)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=${BENCH_DIR:-/tmp/kpi-bench-history}
mkdir -p "$work"
units=${BENCH_UNITS:-$root/../shared/data/vn-admin-units-2025.json}
history=${BENCH_HISTORY:-$root/../shared/data/vn-admin-units-history}
kpi() { Ingest__MaxRows=3000000 dotnet "${BENCH_KPI_DLL:-$root/src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll}" "$@"; }
# Quiet: the synthetic July 2025 series does not continue the old June one, so its rows draw carried-over warnings
# (against the summed June pending of their predecessors).
seconds() { local s=$SECONDS; "$@" >/dev/null 2>&1; echo $((SECONDS - s)); }

if [ ! -f "$work/before.db" ]; then
  kpi bench generate --months 60 --fields 12 --units "$units" --out "$work/before.csv" >/dev/null
  rm -f "$work/before.db.tmp"
  kpi --db "$work/before.db.tmp" units import "$units" >/dev/null
  kpi --db "$work/before.db.tmp" fields import "$work/before.csv.fields.csv" >/dev/null
  echo "before.db: ingest of $(($(wc -l <"$work/before.csv") - 1)) rows took $(seconds kpi --db "$work/before.db.tmp" ingest "$work/before.csv") s"
  mv "$work/before.db.tmp" "$work/before.db"
fi

if [ ! -f "$work/after.db" ]; then
  rm -f "$work/after.db.tmp"
  kpi --db "$work/after.db.tmp" units import "$units" >/dev/null
  kpi --db "$work/after.db.tmp" units import-history "$history" >/dev/null
  kpi --db "$work/after.db.tmp" bench generate --months 18 --from 2024-01 --fields 12 --old-units --out "$work/old.csv" >/dev/null
  kpi --db "$work/after.db.tmp" bench generate --months 6 --from 2025-07 --fields 12 --out "$work/new.csv" >/dev/null
  kpi --db "$work/after.db.tmp" fields import "$work/old.csv.fields.csv" >/dev/null
  echo "after.db: ingest of $(($(wc -l <"$work/old.csv") - 1)) old-unit rows took $(seconds kpi --db "$work/after.db.tmp" ingest "$work/old.csv") s"
  echo "after.db: ingest of $(($(wc -l <"$work/new.csv") - 1)) rows in today's units took $(seconds kpi --db "$work/after.db.tmp" ingest "$work/new.csv") s"
  mv "$work/after.db.tmp" "$work/after.db"
fi
for db in before after; do
  echo "$db.db: $(sqlite3 "$work/$db.db" 'SELECT COUNT(*) FROM Facts') facts, $(sqlite3 "$work/$db.db" 'SELECT COUNT(*) FROM Communes') communes, $(du -m "$work/$db.db" | cut -f1) MB"
done
