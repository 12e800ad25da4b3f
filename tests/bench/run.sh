#!/usr/bin/env bash
# Rerunnable benchmarks (never part of tests/run.sh): ingest of a ~1M-row figures CSV into empty SQLite and
# PostgreSQL databases beside sqlite3 .import and psql \copy of the same file (with the time of each batch phase, then
# the same file again and the next month into those facts), the web app under wrk at ~2.4M facts, and the Excel reports
# at that volume. Prints a Markdown table; copy it into tests/bench/README.md.
# Usage: tests/bench/run.sh [ingest|web|excel|all]   (needs a Release build: dotnet build -c Release)
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
root=$(pwd)
work=${BENCH_DIR:-/tmp/kpi-bench}
mkdir -p "$work"
units=${BENCH_UNITS:-$root/../shared/data/vn-admin-units-2025.json}
kpi_dll=${KPI_DLL:-$root/src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll}
kpi() { dotnet "$kpi_dll" "$@"; }
for tool in sqlite3 psql; do command -v $tool >/dev/null || apt-get install -y -qq sqlite3 postgresql >/dev/null; done
# Only the web benchmark needs wrk.
if [ "$what" = web ] || [ "$what" = all ]; then command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null; fi
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

# timed LABEL CMD...: wall seconds, peak resident memory (MB) and CPU seconds (user+system) from GNU time.
timed() {
  local label=$1; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; return 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$work/time.txt")
  echo "$label|$wall|$rss|$cpu"
}
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }

# Two files: ~1M rows (26 months × 12 fields × 3,321 communes) and ~2.4M rows (60 months).
big=$work/figures-1m.csv
huge=$work/figures-2m4.csv
[ -f "$big" ] || kpi bench generate --months 26 --fields 12 --units "$units" --out "$big" >/dev/null
rows=$(($(wc -l <"$big") - 1))
# The month after the big file's last, alone: the monthly load into a national database.
month=$work/figures-next-month.csv
if [ "$what" = ingest ] || [ "$what" = all ] && [ ! -f "$month" ]; then
  kpi bench generate --months 27 --fields 12 --units "$units" --out "$work/figures-27.csv" >/dev/null
  awk -F, -v m="$(tail -n 1 "$work/figures-27.csv" | cut -d, -f1)" 'NR == 1 || $1 == m' "$work/figures-27.csv" >"$month"
  rm -f "$work/figures-27.csv" "$work/figures-27.csv.fields.csv"
fi
bare="CREATE TABLE bare (period TEXT, province TEXT, commune TEXT, field TEXT, received_online INTEGER, received_offline INTEGER, carried_over INTEGER, resolved_early INTEGER, resolved_on_time INTEGER, resolved_late INTEGER, pending_within INTEGER, pending_overdue INTEGER);"

prepare_sqlite() { # db file
  rm -f "$1" "$1-wal" "$1-shm"
  kpi --db "$1" units import "$units" >/dev/null
  kpi --db "$1" fields import "$big.fields.csv" >/dev/null
}

if [ "$what" = ingest ] || [ "$what" = all ]; then
  echo "## Ingest: $rows rows, $(du -m "$big" | cut -f1) MB CSV, empty database"
  echo "Load average before: $(uptime | sed 's/.*load average: //')"
  echo "| engine | what | seconds | rows/s | peak RSS MB | CPU s |"
  echo "|---|---|---|---|---|---|"
  db=$work/ingest.db
  prepare_sqlite "$db"
  IFS='|' read -r _ s m c < <(timed kpi dotnet "$kpi_dll" --db "$db" --verbose ingest "$big")
  echo "| SQLite | kpi ingest (validates every row) | $s | $(rate "$rows" "$s") | $m | $c |"
  phases="SQLite: $(grep -o 'Batch of .*' "$work/out.txt")"
  cp "$work/out.txt" "$work/sqlite-first.log" # every phase's line, and start-up's

  IFS='|' read -r _ s m c < <(timed again dotnet "$kpi_dll" --db "$db" ingest "$big")
  echo "| SQLite | kpi ingest of the same file again (every row unchanged) | $s | $(rate "$rows" "$s") | $m | $c |"
  month_rows=$(($(wc -l <"$month") - 1))
  IFS='|' read -r _ s m c < <(timed month dotnet "$kpi_dll" --db "$db" ingest "$month")
  echo "| SQLite | kpi ingest of the next month ($month_rows rows) into those facts | $s | $(rate "$month_rows" "$s") | $m | $c |"
  rm -f "$work/bare.db"
  sqlite3 "$work/bare.db" "$bare"
  IFS='|' read -r _ s m c < <(timed import sqlite3 "$work/bare.db" -cmd ".mode csv" ".import --skip 1 $big bare")
  echo "| SQLite | sqlite3 .import into a bare table | $s | $(rate "$rows" "$s") | $m | $c |"

  if [ -n "${KPI_BENCH_POSTGRES:-}" ]; then
    pgdb=${KPI_BENCH_PGDB:-kpi_bench} # a database of one's own on a shared server
    psql "$KPI_BENCH_POSTGRES" -qc "DROP DATABASE IF EXISTS $pgdb WITH (FORCE)" -c "CREATE DATABASE $pgdb"
    pg="${KPI_BENCH_POSTGRES%/*}/$pgdb"
    export Database__Provider=Postgres ConnectionStrings__Kpi="$KPI_BENCH_NPGSQL;Database=$pgdb"
    kpi units import "$units" >/dev/null
    kpi fields import "$big.fields.csv" >/dev/null
    IFS='|' read -r _ s m c < <(timed kpi dotnet "$kpi_dll" --verbose ingest "$big")
    echo "| PostgreSQL | kpi ingest (validates every row) | $s | $(rate "$rows" "$s") | $m | $c |"
    phases="$phases"$'\n'"PostgreSQL: $(grep -o 'Batch of .*' "$work/out.txt")"
    cp "$work/out.txt" "$work/postgres-first.log"
    IFS='|' read -r _ s m c < <(timed again dotnet "$kpi_dll" ingest "$big")
    echo "| PostgreSQL | kpi ingest of the same file again (every row unchanged) | $s | $(rate "$rows" "$s") | $m | $c |"
    IFS='|' read -r _ s m c < <(timed month dotnet "$kpi_dll" ingest "$month")
    echo "| PostgreSQL | kpi ingest of the next month ($month_rows rows) into those facts | $s | $(rate "$month_rows" "$s") | $m | $c |"
    unset Database__Provider ConnectionStrings__Kpi
    psql "$pg" -qc "DROP TABLE IF EXISTS bare" -c "$bare"
    IFS='|' read -r _ s m c < <(timed copy psql "$pg" -qc "\\copy bare FROM '$big' WITH (FORMAT csv, HEADER true)")
    echo "| PostgreSQL | psql \\copy into a bare table | $s | $(rate "$rows" "$s") | $m | $c |"
  fi
  echo "Load average after: $(uptime | sed 's/.*load average: //')"
  # kpi --verbose: the wall and CPU milliseconds of each phase of the batch.
  echo
  echo "$phases"
fi

if [ "$what" = web ] || [ "$what" = excel ] || [ "$what" = all ]; then
  db=$work/web.db
  if [ ! -f "$db" ]; then
    [ -f "$huge" ] || kpi bench generate --months 60 --fields 12 --units "$units" --out "$huge" >/dev/null
    prepare_sqlite "$db"
    IFS='|' read -r _ s m < <(timed kpi dotnet "$kpi_dll" --db "$db" ingest "$huge")
    echo "Loaded $(($(wc -l <"$huge") - 1)) rows into $db in $s s (peak $m MB)"
  fi
fi

if [ "$what" = web ] || [ "$what" = all ]; then
  port=${BENCH_PORT:-5391}
  ConnectionStrings__Kpi="Data Source=$db" Startup__LoadDemoData=false ASPNETCORE_ENVIRONMENT=Production Security__PublicReadOnly=true \
    dotnet "$root/src/KpiDashboard.Web/bin/Release/net10.0/KpiDashboard.Web.dll" --urls "http://127.0.0.1:$port" >"$work/web.log" 2>&1 &
  web=$!
  trap 'kill $web 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
  echo "## Web at $(sqlite3 "$db" 'SELECT COUNT(*) FROM Facts') facts (SQLite), wrk -t2 -c16 -d30s on 127.0.0.1"
  echo "| path | requests/s | p50 ms | p90 ms | p99 ms | errors | load average after |"
  echo "|---|---|---|---|---|---|---|"
  # The national overview and a province page (Phú Thọ: 148 communes in its commune table).
  for path in /health "/?period=2025-12" "${BENCH_PROVINCE_PATH:-/provinces/25?period=2025-12}"; do
    curl -fs "http://127.0.0.1:$port$path" >/dev/null
    # Warm up (JIT, caches) first: the table is about the steady state.
    wrk -t2 -c16 -d5s "http://127.0.0.1:$port$path" >/dev/null
    wrk -t2 -c16 -d30s --latency "http://127.0.0.1:$port$path" >"$work/wrk.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    ms() { awk -v p="$1" '$1 == p { v=$2; if (v ~ /us$/) { sub(/us/,"",v); v/=1000 } else if (v ~ /ms$/) sub(/ms/,"",v); else if (v ~ /s$/) { sub(/s/,"",v); v*=1000 }; printf "%.1f", v }' "$work/wrk.txt"; }
    errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt" | tr '\n' ' ')
    echo "| $path | $rps | $(ms 50%) | $(ms 90%) | $(ms 99%) | ${errors:-0} | $(uptime | sed 's/.*load average: //') |"
  done
  kill $web; wait $web 2>/dev/null || true
fi

if [ "$what" = excel ] || [ "$what" = all ]; then
  echo "## Excel at ~2.4M facts (SQLite)"
  echo "| report | seconds | peak RSS MB |"
  echo "|---|---|---|"
  IFS='|' read -r _ s m < <(timed n dotnet "$kpi_dll" --db "$db" report national --period 2025-12 --out "$work/national.xlsx")
  echo "| kpi report national --period 2025-12 | $s | $m |"
  IFS='|' read -r _ s m < <(timed f dotnet "$kpi_dll" --db "$db" report form06 --period 2025-12 --province 25 --out "$work/form06.xlsx")
  echo "| kpi report form06 --period 2025-12 --province 25 (Phú Thọ, 148 communes) | $s | $m |"
fi
