#!/usr/bin/env bash
# Server time to render the maps (median of N requests) with the demo data and the shared commune boundaries:
# cold = a request the map cache has not seen (figures query + layout + SVG/PNG), warm = the same request again (served
# from memory), 304 = a conditional request with its ETag; and the size of each map (bytes, and gzip -9 bytes).
# Usage: bash tests/bench/map-bench.sh [N]   (builds Release, starts the app on a temp SQLite file, uses curl; needs ../shared)
set -euo pipefail
N="${1:-20}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SHARED="$ROOT/../shared/data"
PORT="${PORT:-5398}"
DIR="$(mktemp -d)"
dotnet build "$ROOT/src/KpiDashboard.Web" -c Release -v q --nologo >/dev/null
ConnectionStrings__Kpi="Data Source=$DIR/bench.db" Database__CreateIfMissing=true Logging__LogLevel__Default=Warning Security__PublicReadOnly=true \
  Startup__UnitsFile="$SHARED/vn-admin-units-2025.json" Startup__BoundariesFile="$SHARED/vn-boundaries-2025/communes-simplified.topojson" \
  dotnet "$ROOT/src/KpiDashboard.Web/bin/Release/net10.0/KpiDashboard.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; rm -rf "$DIR"' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/live" && break; sleep 0.5; done
B="http://127.0.0.1:$PORT"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms() { curl -s -o /dev/null "$@" -w '%{time_total}\n' | awk '{printf "%.1f\n", $1*1000}'; }
# N distinct months, so that each cold request misses the cache.
months=$(for i in $(seq 0 $((N - 1))); do date -u -d "2024-01-01 +$i month" +%Y-%m; done)
printf '%-44s %9s %9s %9s %9s %9s\n' "map" "cold ms" "warm ms" "304 ms" "bytes" "gzip"
for map in "provinces.svg?kpi=index" "provinces.png?kpi=index" "communes.svg?province=25&kpi=online" \
           "communes.svg?province=01&kpi=overdue" "communes.png?province=25&kpi=online" "communes.svg?province=56&kpi=reporting"; do
  for _ in 1 2 3; do ms "$B/maps/$map&period=2023-12" >/dev/null; done   # warm-up of the process, not of these requests
  cold=$(for m in $months; do ms "$B/maps/$map&period=$m"; done | median)
  warm=$(for _ in $(seq 1 "$N"); do ms "$B/maps/$map&period=2025-07"; done | median)
  etag=$(curl -s -D - -o "$DIR/map" "$B/maps/$map&period=2025-07" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
  notmod=$(for _ in $(seq 1 "$N"); do ms -H "If-None-Match: $etag" "$B/maps/$map&period=2025-07"; done | median)
  printf '%-44s %9s %9s %9s %9s %9s\n' "/maps/$map" "$cold" "$warm" "$notmod" "$(stat -c %s "$DIR/map")" "$(gzip -9 -c "$DIR/map" | wc -c)"
done
# The pages that carry a map inline (uncached: every page request renders its map).
for path in "/?period=2025-07" "/ranking?period=2025-07" "/provinces/25?period=2025-07"; do
  for _ in 1 2 3; do ms "$B$path" >/dev/null; done
  printf '%-44s %9s\n' "$path (page with its map)" "$(for _ in $(seq 1 "$N"); do ms "$B$path"; done | median)"
done
