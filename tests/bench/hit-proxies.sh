#!/usr/bin/env bash
# What a page the cache holds costs the web process, in figures that do not depend on the machine's load (issue 17,
# target 1): bytes allocated per request, garbage collections per 10,000 requests, the GC pause per 10,000 requests and
# the longest runtime suspension seen, and CPU per request. A startup hook (tests/bench/gc-probe) reads the runtime's
# counters before and after `wrk -t2 -c16` on each address, after a warm-up; /health/live is the yardstick.
# BENCH_MODE=miss measures the five pages on a miss instead (every request a new &miss=N, as in pages-bench.sh), after a
# longer warm-up (BENCH_WARMUP seconds, default 3 for hits and 15 for misses) so that the JIT has tiered the page's code.
# Usage: BENCH_DB=/tmp/kpi-bench/web.db tests/bench/hit-proxies.sh
#   BENCH_WEB_DLL the web app to measure (default: this tree's Release build); BENCH_SECONDS (default 5), BENCH_PORT (default 5396),
#   BENCH_PERIOD (default 2025-12), BENCH_MODE (hit or miss, default hit), BENCH_PATHS (a space-separated list instead of the
#   default addresses); BENCH_ENV extra "NAME=value ..." for the web process (e.g. DOTNET_gcServer=0)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
db=${BENCH_DB:?set BENCH_DB to a SQLite file with the facts}
dll=${BENCH_WEB_DLL:-$root/src/KpiDashboard.Web/bin/Release/net10.0/KpiDashboard.Web.dll}
secs=${BENCH_SECONDS:-5}
port=${BENCH_PORT:-5396}
period=${BENCH_PERIOD:-2025-12}
mode=${BENCH_MODE:-hit}
warmup=${BENCH_WARMUP:-$([ "$mode" = miss ] && echo 15 || echo 3)}
work=$(mktemp -d)
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
dotnet build "$root/tests/bench/gc-probe/GcProbe.csproj" -c Release -nologo -v quiet -o "$work/probe" >/dev/null
# shellcheck disable=SC2086
env ${BENCH_ENV:-} DOTNET_STARTUP_HOOKS="$work/probe/GcProbe.dll" GC_PROBE_DIR="$work" \
  ConnectionStrings__Kpi="Data Source=$db" Startup__LoadDemoData=false Startup__UnitsFile= Startup__BoundariesFile= ASPNETCORE_ENVIRONMENT=Production \
  Security__PublicReadOnly=true Logging__LogLevel__Default=Warning dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/live" && break; sleep 1; done
snap() { touch "$work/snap"; while [ -e "$work/snap" ]; do sleep 0.02; done; cat "$work/stats"; echo; }
cpu() { awk '{ print $14 + $15 }' "/proc/$web/stat"; }
province=25
field=$(sqlite3 "$db" "SELECT Code FROM Fields ORDER BY Code LIMIT 1" 2>/dev/null || echo TSVTD)
commune=$(sqlite3 "$db" "SELECT Code FROM Communes WHERE ProvinceCode = '$province' ORDER BY Code LIMIT 1" 2>/dev/null || echo 04792)
cat >"$work/miss.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, wrk.path .. "&miss=" .. n .. "-" .. math.random(1000000000))
end
LUA
paths=(/health/live "/?period=$period" "/provinces/$province?period=$period" "/fields/$field?period=$period" "/communes/$commune?period=$period"
       "/ranking?period=$period" "/charts/ranking.png?period=$period" "/maps/provinces.svg?period=$period&kpi=index")
script=()
[ "$mode" = miss ] && { paths=("${paths[@]:1:5}"); script=(-s "$work/miss.lua"); }
[ -n "${BENCH_PATHS:-}" ] && read -r -a paths <<<"$BENCH_PATHS"
echo "## $(date -u '+%Y-%m-%d %H:%M') UTC, $([ "$mode" = miss ] && echo misses || echo hits) under wrk -t2 -c16 -d${secs}s, ${BENCH_ENV:-default GC settings}"
echo "| path | requests | bytes allocated per request | GCs per 10,000 (gen0/1/2) | GC pause ms per 10,000 | longest suspension ms | CPU µs per request | heap MB after | load average after |"
echo "|---|---|---|---|---|---|---|---|---|"
for path in "${paths[@]}"; do
  wrk -t2 -c16 -d"${warmup}s" "${script[@]}" "http://127.0.0.1:$port$path" >/dev/null
  read -r a0 g00 g10 g20 p0 _ _ < <(snap)
  c0=$(cpu)
  wrk -t2 -c16 -d"${secs}s" "${script[@]}" "http://127.0.0.1:$port$path" >"$work/wrk.txt"
  c1=$(cpu)
  read -r a1 g01 g11 g21 p1 longest heap < <(snap)
  n=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  awk -v n="$n" -v a0="$a0" -v a1="$a1" -v g00="$g00" -v g01="$g01" -v g10="$g10" -v g11="$g11" -v g20="$g20" -v g21="$g21" \
      -v p0="$p0" -v p1="$p1" -v l="$longest" -v c0="$c0" -v c1="$c1" -v hz="$(getconf CLK_TCK)" -v heap="$heap" -v path="$path" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" \
    'BEGIN { k = 10000 / n; printf "| %s | %d | %.0f | %.1f (%.1f/%.1f/%.1f) | %.1f | %.1f | %.0f | %.0f | %s |\n", path, n, (a1 - a0) / n,
      (g01 - g00) * k, (g01 - g00 - (g11 - g10)) * k, (g11 - g10 - (g21 - g20)) * k, (g21 - g20) * k, (p1 - p0) * k, l,
      (c1 - c0) * 1e6 / hz / n, heap / 1048576, load }'
done
