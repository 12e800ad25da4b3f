#!/usr/bin/env bash
# Issue 17, target 4: `kpi report national --period 2025-12` and `kpi report form06 --period 2025-12 --province 25` on a
# SQLite file of about 2.4 M facts (60 months × 12 fields × 3,321 communes), whole process: wall, CPU (user + system)
# and peak resident memory from GNU time, the median of BENCH_RUNS runs (default 3), for the Release build and for a
# ReadyToRun publish of the CLI (`dotnet publish -r linux-x64`, which the CLI's project compiles ahead of time), then
# the phases that `kpi --verbose` logs in one more run of each (wall/CPU ms; the timed runs do not log).
# Usage: BENCH_DB=/path/web.db tests/bench/excel-bench.sh   (after dotnet build KpiDashboard.sln -c Release)
#   BENCH_DB     an existing 2.4 M-fact file (copied, never written); without it the file is made in BENCH_DIR as run.sh does
#   BENCH_DIR    work folder (default /tmp/kpi-bench-excel); BENCH_SKIP_R2R=1 measures the Release build only
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=${BENCH_DIR:-/tmp/kpi-bench-excel}
runs=${BENCH_RUNS:-3}
mkdir -p "$work"
units=${BENCH_UNITS:-$root/../shared/data/vn-admin-units-2025.json}
release_dll=$root/src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
kpi() { Ingest__MaxRows=3000000 dotnet "$release_dll" "$@"; }

db=$work/bench.db
if [ -n "${BENCH_DB:-}" ]; then
  [ -f "$db" ] || cp "$BENCH_DB" "$db"
elif [ ! -f "$db" ]; then
  csv=$work/figures-60.csv
  [ -f "$csv" ] || kpi bench generate --months 60 --fields 12 --units "$units" --out "$csv" >/dev/null
  kpi --db "$db.tmp" units import "$units" >/dev/null
  kpi --db "$db.tmp" fields import "$csv.fields.csv" >/dev/null
  kpi --db "$db.tmp" ingest "$csv" >/dev/null
  mv "$db.tmp" "$db"
fi
# Report commands only read a current database: a write command that changes nothing brings an older file up to date.
kpi --db "$db" units import "$units" >/dev/null

builds=("release|$release_dll")
if [ "${BENCH_SKIP_R2R:-}" != 1 ]; then
  dotnet publish "$root/src/KpiDashboard.Cli" -c Release -r linux-x64 --self-contained false -o "$work/r2r" -nologo -v quiet >/dev/null
  builds+=("ReadyToRun|$work/r2r/kpi.dll")
fi

reports=(
  "national|report national --period 2025-12"
  "form06|report form06 --period 2025-12 --province 25"
)

echo "## Excel at $(sqlite3 "$db" 'SELECT COUNT(*) FROM Facts') facts (SQLite), median of $runs runs, $(date -u '+%Y-%m-%d %H:%M') UTC"
echo
echo "| build | report | wall s | CPU s | peak RSS MB | load average after |"
echo "|---|---|---|---|---|---|"
phases=""
for build in "${builds[@]}"; do
  IFS='|' read -r name dll <<<"$build"
  for report in "${reports[@]}"; do
    IFS='|' read -r label args <<<"$report"
    : >"$work/runs.txt"
    for _ in $(seq 1 "$runs"); do
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" dotnet "$dll" --db "$db" $args --out "$work/$label-$name.xlsx" >/dev/null
      read -r wall user sys rss <"$work/time.txt"
      awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { printf "%.2f %.2f %.0f\n", w, u + s, r / 1024 }' >>"$work/runs.txt"
    done
    median() { sort -n -k"$1" "$work/runs.txt" | awk -v k="$1" -v n="$runs" 'NR == int((n + 1) / 2) { print $k }'; }
    echo "| $name | $label | $(median 1) | $(median 2) | $(median 3) | $(uptime | sed 's/.*load average: //') |"
    # shellcheck disable=SC2086
    dotnet "$dll" --verbose --db "$db" $args --out "$work/$label-$name.xlsx" >/dev/null 2>"$work/verbose.txt"
    phases+="$name $label: $(sed -n 's/.*Report phase \(.*\) took \([0-9]*\) ms (\([0-9]*\) ms CPU)/\1 \2\/\3/p' "$work/verbose.txt" | paste -sd';' - | sed 's/;/; /g')"$'\n'
  done
done
echo
echo "Phases of one more run with --verbose (not timed above), wall/CPU ms:"
echo
echo "$phases"
