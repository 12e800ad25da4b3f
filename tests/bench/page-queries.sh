#!/usr/bin/env bash
# What a page that misses the cache spends, one request after the other: the statements it sends (EF's command log at
# Information, the data version's own statement counted apart: it runs at most once a second), the sum of their times as
# EF logs them, and the request's time on the server (ASP.NET Core's "Request finished" log), median of N (default 10)
# after BENCH_WARMUPS (default 30: the JIT has tiered the hot code by then) warm-ups, each request a new &miss=N so that the page cache never answers; and the web process's CPU time per
# request over the N (user + system, with the logging: steadier than wall times on a shared machine).
# Usage: BENCH_DB=/tmp/kpi-bench/web.db tests/bench/page-queries.sh [N]
#   BENCH_WEB_DLL the web app to measure (default: this tree's Release build); BENCH_PORT (default 5395), BENCH_PERIOD (default 2025-12)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
db=${BENCH_DB:?set BENCH_DB to a SQLite file with the facts}
dll=${BENCH_WEB_DLL:-$root/src/KpiDashboard.Web/bin/Release/net10.0/KpiDashboard.Web.dll}
n=${1:-10}
warm=${BENCH_WARMUPS:-30}
port=${BENCH_PORT:-5395}
period=${BENCH_PERIOD:-2025-12}
work=$(mktemp -d)
env ConnectionStrings__Kpi="Data Source=$db" Startup__LoadDemoData=false Startup__UnitsFile= Startup__BoundariesFile= ASPNETCORE_ENVIRONMENT=Production \
  Security__PublicReadOnly=true Logging__LogLevel__Default=Warning Logging__Console__FormatterName=simple Logging__Console__FormatterOptions__SingleLine=true \
  'Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information' 'Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics=Information' \
  dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/live" && break; sleep 1; done
province=25
field=$(sqlite3 "$db" "SELECT Code FROM Fields ORDER BY Code LIMIT 1" 2>/dev/null || echo TSVTD)
commune=$(sqlite3 "$db" "SELECT Code FROM Communes WHERE ProvinceCode = '$province' ORDER BY Code LIMIT 1" 2>/dev/null || echo 04792)
echo "## $(date -u '+%Y-%m-%d %H:%M') UTC, $(sqlite3 "$db" 'SELECT COUNT(*) FROM Facts' 2>/dev/null || echo '?') facts, $n sequential misses per page"
echo "| path | statements | + data version | statements' ms (median) | server ms (median) | server ms (p90) | CPU ms per request | load average after |"
echo "|---|---|---|---|---|---|---|---|"
cpu() { awk '{ print $14 + $15 }' "/proc/$web/stat"; }
for path in "/?period=$period" "/provinces/$province?period=$period" "/fields/$field?period=$period" "/communes/$commune?period=$period" "/ranking?period=$period"; do
  for i in $(seq 1 "$warm"); do curl -fs -o /dev/null "http://127.0.0.1:$port$path&miss=w$i-$RANDOM"; done
  : >"$work/rows"
  cpu0=$(cpu)
  for i in $(seq 1 "$n"); do
    sleep 0.2
    before=$(wc -l <"$work/web.log")
    curl -fs -o /dev/null "http://127.0.0.1:$port$path&miss=$i-$RANDOM"
    sleep 0.1
    tail -n +"$((before + 1))" "$work/web.log" | awk '
      /Executed DbCommand/ { if ($0 ~ /FROM "Batches"/) v++; else { q++; if (match($0, /\(([0-9]+)ms\)/)) t += substr($0, RSTART + 1, RLENGTH - 4) } }
      /Request finished/ && match($0, / [0-9.]+ms$/) { s = substr($0, RSTART + 1, RLENGTH - 3) }
      END { printf "%d %d %d %s\n", q, v, t, s }' >>"$work/rows"
  done
  cpu1=$(cpu)
  med() { sort -n | awk -v n="$n" -v p="$1" 'NR == (int(n * p + 0.5) > 0 ? int(n * p + 0.5) : 1) { printf "%.1f", $1 }'; }
  queries=$(cut -d' ' -f1 "$work/rows" | sort -n | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep=", " }')
  versions=$(cut -d' ' -f2 "$work/rows" | awk '{ s += $1 } END { print s }')
  echo "| $path | $queries | $versions in $n | $(cut -d' ' -f3 "$work/rows" | med 0.5) | $(cut -d' ' -f4 "$work/rows" | med 0.5) | $(cut -d' ' -f4 "$work/rows" | med 0.9) | $(awk -v a="$cpu0" -v b="$cpu1" -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", (b - a) * 1000 / hz / n }') | $(cut -d' ' -f1-3 /proc/loadavg) |"
done
