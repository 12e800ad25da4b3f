#!/usr/bin/env bash
# Where page-queries.sh's "CPU ms per request" goes beyond the request: the web process's CPU during bursts of 40
# sequential province misses and in the 10 s of idle after each, with the runtime's defaults and again with
# DOTNET_TieredCompilation=0. The idle CPU after a burst is the JIT recompiling the code the burst ran (tier 0, then
# instrumented, then optimised): it falls to the idle baseline when tiering is off.
# Usage: BENCH_DB=/tmp/kpi-bench/web.db tests/bench/jit-tail.sh
#   BENCH_WEB_DLL the web app to measure (default: this tree's Release build); BENCH_PORT (default 5397), BENCH_PERIOD (default 2025-12)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
db=${BENCH_DB:?set BENCH_DB to a SQLite file with the facts}
dll=${BENCH_WEB_DLL:-$root/src/KpiDashboard.Web/bin/Release/net10.0/KpiDashboard.Web.dll}
port=${BENCH_PORT:-5397}
period=${BENCH_PERIOD:-2025-12}
work=$(mktemp -d)
web=
trap '[ -n "$web" ] && kill $web 2>/dev/null; rm -rf "$work"' EXIT
hz=$(getconf CLK_TCK)
echo "## $(date -u '+%Y-%m-%d %H:%M') UTC, /provinces/25?period=$period, 40 sequential misses per burst"
echo "| runtime setting | burst | CPU ms per miss | CPU ms in the 10 s after | load average after |"
echo "|---|---|---|---|---|"
for setting in "" DOTNET_TieredCompilation=0; do
  # shellcheck disable=SC2086
  env $setting ConnectionStrings__Kpi="Data Source=$db" Startup__LoadDemoData=false Startup__UnitsFile= Startup__BoundariesFile= ASPNETCORE_ENVIRONMENT=Production \
    Security__PublicReadOnly=true Logging__LogLevel__Default=Warning dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/web.log" 2>&1 &
  web=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/live" && break; sleep 1; done
  cpu() { awk '{ print $14 + $15 }' "/proc/$web/stat"; }
  for burst in 1 2 3; do
    c0=$(cpu)
    for i in $(seq 1 40); do curl -fs -o /dev/null "http://127.0.0.1:$port/provinces/25?period=$period&miss=$burst-$i-$RANDOM"; done
    c1=$(cpu)
    sleep 10
    c2=$(cpu)
    echo "| ${setting:-default} | $burst | $(( (c1 - c0) * 1000 / hz / 40 )) | $(( (c2 - c1) * 1000 / hz )) | $(cut -d' ' -f1-3 /proc/loadavg) |"
  done
  kill $web; wait $web 2>/dev/null || true; web=
done
