#!/usr/bin/env bash
# Server render time per page (median of N requests) and uncached chart time, with the demo data.
# Usage: bash tests/bench/web-bench.sh [N]   (builds Release, starts the app on a temp SQLite file, uses curl)
set -euo pipefail
N="${1:-30}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${PORT:-5399}"
DB="$(mktemp -d)/bench.db"
dotnet build "$ROOT/src/KpiDashboard.Web" -c Release -v q --nologo >/dev/null
ConnectionStrings__Kpi="Data Source=$DB" Database__CreateIfMissing=true Logging__LogLevel__Default=Warning Security__PublicReadOnly=true \
  dotnet "$ROOT/src/KpiDashboard.Web/bin/Release/net10.0/KpiDashboard.Web.dll" --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; rm -f "$DB"*' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.5; done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_ms() { curl -s -o /dev/null -w '%{time_total}\n' "$1" | awk '{printf "%.1f\n", $1*1000}'; }
printf '%-52s %10s\n' "page" "median ms"
for path in "/" "/?period=2025-Q2&sort=received&dir=desc" "/provinces/25?period=2025-07" "/provinces/01" \
            "/fields/TSVTD?period=2025-07" "/ranking?period=2025-07" "/?lang=en"; do
  for _ in 1 2 3; do time_ms "http://127.0.0.1:$PORT$path" >/dev/null; done   # warm-up
  printf '%-52s %10s\n' "$path" "$(for _ in $(seq 1 "$N"); do time_ms "http://127.0.0.1:$PORT$path"; done | median)"
done
# A new width each time misses the chart cache: query + ScottPlot render + PNG encode.
for chart in "ranking.png?period=2025-07" "trend.png?period=2025-07&province=25&months=24" "fields.png?period=2025-07&province=25"; do
  time_ms "http://127.0.0.1:$PORT/charts/$chart&w=700" >/dev/null
  printf '%-52s %10s\n' "/charts/$chart (uncached)" "$(for i in $(seq 1 "$N"); do time_ms "http://127.0.0.1:$PORT/charts/$chart&w=$((701 + i))"; done | median)"
done
ETAG=$(curl -s -D - -o /dev/null "http://127.0.0.1:$PORT/charts/ranking.png?period=2025-07" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
printf '%-52s %10s\n' "/charts/ranking.png cached (200)" "$(for _ in $(seq 1 "$N"); do time_ms "http://127.0.0.1:$PORT/charts/ranking.png?period=2025-07"; done | median)"
printf '%-52s %10s\n' "/charts/ranking.png If-None-Match (304)" "$(for _ in $(seq 1 "$N"); do curl -s -o /dev/null -H "If-None-Match: $ETAG" -w '%{time_total}\n' "http://127.0.0.1:$PORT/charts/ranking.png?period=2025-07" | awk '{printf "%.1f\n", $1*1000}'; done | median)"
