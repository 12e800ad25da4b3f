#!/usr/bin/env bash
# Pages, charts and maps under wrk beside /health IN THE SAME RUN (the machine is shared: compare ratios, not absolute
# numbers), each with the load average after it. "hit" repeats one address (the page cache serves it once warm);
# /health reads the database (the issue's yardstick); /health/live does not. "miss" adds a new &miss=N to every request (an address never seen, so every request builds the page).
# Usage: BENCH_DB=/tmp/kpi-bench/web.db tests/bench/pages-bench.sh
#   BENCH_DB      a SQLite file with the facts (tests/bench/run.sh web makes one with 2,391,120 facts)
#   BENCH_WEB_DLL the web app to measure (default: this tree's Release build)
#   BENCH_SECONDS seconds per measurement (default 15), BENCH_PORT (default 5393), BENCH_PERIOD (default 2025-12)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
db=${BENCH_DB:?set BENCH_DB to a SQLite file with the facts}
dll=${BENCH_WEB_DLL:-$root/src/KpiDashboard.Web/bin/Release/net10.0/KpiDashboard.Web.dll}
secs=${BENCH_SECONDS:-15}
port=${BENCH_PORT:-5393}
period=${BENCH_PERIOD:-2025-12}
work=$(mktemp -d)
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
ConnectionStrings__Kpi="Data Source=$db" Startup__LoadDemoData=false Startup__UnitsFile= Startup__BoundariesFile= ASPNETCORE_ENVIRONMENT=Production \
  Security__PublicReadOnly=true Logging__LogLevel__Default=Warning dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done
cat >"$work/miss.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, wrk.path .. "&miss=" .. n .. "-" .. math.random(1000000000))
end
LUA
base=""
ms() { awk -v p="$1" '$1 == p { v=$2; if (v ~ /us$/) { sub(/us/,"",v); v/=1000 } else if (v ~ /ms$/) sub(/ms/,"",v); else if (v ~ /s$/) { sub(/s/,"",v); v*=1000 }; printf "%.1f", v }' "$work/wrk.txt"; }
measure() { # mode path
  local mode=$1 path=$2 script=()
  [ "$mode" = miss ] && script=(-s "$work/miss.lua")
  curl -s -o /dev/null "http://127.0.0.1:$port$path" || true
  wrk -t2 -c16 -d3s "${script[@]}" "http://127.0.0.1:$port$path" >/dev/null
  wrk -t2 -c16 -d"${secs}s" --latency "${script[@]}" "http://127.0.0.1:$port$path" >"$work/wrk.txt"
  local rps errors share
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt" | tr '\n' ' ')
  [ -z "$base" ] && base=$rps
  share=$(awk -v r="$rps" -v b="$base" 'BEGIN { printf "%.1f%%", 100 * r / b }')
  echo "| $path | $mode | $rps | $share | $(ms 50%) | $(ms 99%) | ${errors:-0} | $(cut -d' ' -f1-3 /proc/loadavg) |"
}
echo "## $(date -u '+%Y-%m-%d %H:%M') UTC, $(sqlite3 "$db" 'SELECT COUNT(*) FROM Facts' 2>/dev/null || echo '?') facts, wrk -t2 -c16 -d${secs}s, $(basename "$(dirname "$(dirname "$(dirname "$dll")")")")"
echo "| path | cache | requests/s | of /health | p50 ms | p99 ms | errors | load average after |"
echo "|---|---|---|---|---|---|---|---|"
measure hit /health
# The process alone, no database: what a static answer costs on this machine now.
measure hit /health/live
province=25
field=$(sqlite3 "$db" "SELECT Code FROM Fields ORDER BY Code LIMIT 1" 2>/dev/null || echo TSVTD)
commune=$(sqlite3 "$db" "SELECT Code FROM Communes WHERE ProvinceCode = '$province' ORDER BY Code LIMIT 1" 2>/dev/null || echo 04792)
for path in "/?period=$period" "/provinces/$province?period=$period" "/fields/$field?period=$period" "/communes/$commune?period=$period" \
            "/ranking?period=$period" "/charts/ranking.png?period=$period" "/maps/provinces.svg?period=$period&kpi=index"; do
  measure hit "$path"
done
for path in "/?period=$period" "/provinces/$province?period=$period" "/fields/$field?period=$period" "/communes/$commune?period=$period" \
            "/ranking?period=$period"; do
  measure miss "$path"
done
