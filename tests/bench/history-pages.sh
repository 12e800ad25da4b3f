#!/usr/bin/env bash
# The overview and a province page built for every request (a new &miss=N each time, so the page cache never answers),
# one request after the other: the median and the 90th percentile of N (default 20) after 3 warm-ups, for each of the
# files tests/bench/history-db.sh makes (before.db: today's units only; after.db: with the history units and 18 months
# of old-unit facts). Sequential requests measure one page's own time; on a shared machine they are steadier than wrk.
# Usage: BENCH_DIR=/tmp/kpi-bench-history tests/bench/history-pages.sh [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${BENCH_DIR:-/tmp/kpi-bench-history}
dll=${BENCH_WEB_DLL:-$root/src/KpiDashboard.Web/bin/Release/net10.0/KpiDashboard.Web.dll}
n=${1:-20}
port=${BENCH_PORT:-5394}
period=${BENCH_PERIOD:-2025-12}
echo "| database | path | median ms | p90 ms | load average after |"
echo "|---|---|---|---|---|"
for db in before after; do
  ConnectionStrings__Kpi="Data Source=$work/$db.db" Startup__LoadDemoData=false Startup__UnitsFile= Startup__UnitsHistoryFolder= Startup__BoundariesFile= \
    ASPNETCORE_ENVIRONMENT=Production Security__PublicReadOnly=true Logging__LogLevel__Default=Warning \
    dotnet "$dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  web=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done
  for path in "/?period=$period" "/provinces/25?period=$period"; do
    for i in 1 2 3; do curl -fs -o /dev/null "http://127.0.0.1:$port$path&miss=w$i"; done
    times=$(for i in $(seq 1 "$n"); do curl -fs -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$path&miss=$i"; done | sort -n)
    median=$(echo "$times" | awk -v n="$n" 'NR == int((n + 1) / 2) { printf "%.0f", $1 * 1000 }')
    p90=$(echo "$times" | awk -v n="$n" 'NR == int(n * 0.9 + 0.5) { printf "%.0f", $1 * 1000 }')
    echo "| $db.db | $path | $median | $p90 | $(cut -d' ' -f1-3 /proc/loadavg) |"
  done
  kill $web; wait $web 2>/dev/null || true
done
