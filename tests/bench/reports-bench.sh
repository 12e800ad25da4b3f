#!/usr/bin/env bash
# Time and peak memory of generating reports with the built kpi tool on the demo data (fresh SQLite file):
# the national summary and Phú Thọ's Biểu 06 for one month (and the province CSV), each a whole `kpi` process.
# Usage: bash tests/bench/reports-bench.sh [PERIOD] [RUNS]   (default 2025-07, 3 runs; needs /usr/bin/time)
set -euo pipefail
PERIOD="${1:-2025-07}"
RUNS="${2:-3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
dotnet build "$ROOT/src/KpiDashboard.Cli" -c Release -v q --nologo >/dev/null
KPI=("dotnet" "$(find "$ROOT/src/KpiDashboard.Cli/bin/Release" -name kpi.dll | head -1)" --db "$WORK/bench.db")
"${KPI[@]}" demo >/dev/null
"${KPI[@]}" units import /work/shared/data/vn-admin-units-2025.json >/dev/null 2>&1 || true

run() {
  local name="$1"; shift
  local best_s="" peak_kb=0
  rm -f "$WORK/out"
  for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -v -o "$WORK/time.txt" "${KPI[@]}" "$@" >/dev/null
    local s kb
    s=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); print (n==3 ? a[1]*3600+a[2]*60+a[3] : a[1]*60+a[2])}' "$WORK/time.txt")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; fi
    [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb
  done
  printf '%-44s %10s s %10.1f MB %10s bytes\n' "$name" "$best_s" "$(awk "BEGIN{print $peak_kb/1024}")" "$(stat -c %s "$WORK/out" 2>/dev/null || echo -)"
}

printf '%-44s %12s %13s %16s\n' "report ($PERIOD, best of $RUNS, whole process)" "wall" "peak RSS" "size"
run "kpi report national" report national --period "$PERIOD" --out "$WORK/out"
run "kpi report form06 --province 25" report form06 --period "$PERIOD" --province 25 --out "$WORK/out"
run "kpi report form06 --province 25 --lang en" report form06 --period "$PERIOD" --province 25 --lang en --out "$WORK/out"
run "kpi report form06 (nation)" report form06 --period "$PERIOD" --out "$WORK/out"
run "kpi export csv --province 25" export csv --period "$PERIOD" --province 25 --out "$WORK/out"
run "kpi query (baseline: start-up + one query)" query --period "$PERIOD" --province 25
