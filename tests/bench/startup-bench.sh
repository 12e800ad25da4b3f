#!/usr/bin/env bash
# Issue 17, target 2 (start-up part) and target 4: a short command's whole process, several builds interleaved, so that
# a loaded machine weighs on each alike. For each round and each build: `kpi ingest` of the next month (~40,000 rows)
# into a copy of a full database, and `kpi report form06`; wall and CPU (user + system) from GNU time, and what
# `kpi --verbose` logs for start-up and the batch. Prints one Markdown row per build and command (median of the rounds).
# Usage: BENCH_BASE=/path/full.db BENCH_MONTH=/path/month.csv tests/bench/startup-bench.sh 'name|dll|ENV=V ...' ...
#   BENCH_BASE   a database without the month (copied before every ingest, never written)
#   BENCH_MONTH  the month's figures CSV (run.sh makes one: figures-next-month.csv)
#   BENCH_REPORT_DB  optional: a current database for `report form06 --period 2025-12 --province 25` (copied once)
#   BENCH_DIR (default /tmp/kpi-bench-startup), BENCH_RUNS (default 3)
# Each build argument is a name, a kpi.dll, and optional environment settings (e.g. DOTNET_TieredPGO=0).
set -euo pipefail
work=${BENCH_DIR:-/tmp/kpi-bench-startup}
runs=${BENCH_RUNS:-3}
mkdir -p "$work"
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
[ -n "${BENCH_REPORT_DB:-}" ] && { [ -f "$work/report.db" ] || cp "$BENCH_REPORT_DB" "$work/report.db"; }

# run LABEL BUILD ARGS...: appends "wall cpu startup_cpu phase_cpu" to $work/LABEL-BUILD.txt
run() {
  local label=$1 name=$2 dll=$3 envs=$4; shift 4
  # shellcheck disable=SC2086
  env $envs /usr/bin/time -f "%e %U %S" -o "$work/time.txt" dotnet "$dll" --verbose "$@" >/dev/null 2>"$work/verbose.txt" \
    || { cat "$work/verbose.txt"; return 1; }
  read -r wall user sys <"$work/time.txt"
  local startup phase
  startup=$(sed -n 's/.*Start-up took [0-9]* ms (\([0-9]*\) ms CPU).*/\1/p' "$work/verbose.txt" | head -1)
  phase=$(sed -n 's/.*\(Batch of\|Report phase workbook\).* took [0-9]* ms (\([0-9]*\) ms CPU).*/\2/p' "$work/verbose.txt" | tail -1)
  awk -v w="$wall" -v u="$user" -v s="$sys" -v st="${startup:-0}" -v p="${phase:-0}" 'BEGIN { printf "%.2f %.2f %d %d\n", w, u + s, st, p }' \
    >>"$work/$label-$name.txt"
  cp "$work/verbose.txt" "$work/$label-$name.log"
}

rm -f "$work"/*-*.txt
for _ in $(seq 1 "$runs"); do
  for build in "$@"; do
    IFS='|' read -r name dll envs <<<"$build"
    cp "$BENCH_BASE" "$work/month.db"
    run month "$name" "$dll" "${envs:-}" --db "$work/month.db" ingest "$BENCH_MONTH"
    if [ -n "${BENCH_REPORT_DB:-}" ]; then
      run form06 "$name" "$dll" "${envs:-}" --db "$work/report.db" report form06 --period 2025-12 --province 25 --out "$work/form06.xlsx"
    fi
  done
done

echo "## Start-up: median of $runs interleaved rounds, $(date -u '+%Y-%m-%d %H:%M') UTC, load average $(uptime | sed 's/.*load average: //')"
echo
echo "| command | build | wall s | CPU s | start-up CPU ms | batch / workbook CPU ms | CPU s of each run |"
echo "|---|---|---|---|---|---|---|"
for label in month form06; do
  for build in "$@"; do
    IFS='|' read -r name _ _ <<<"$build"
    f=$work/$label-$name.txt
    [ -f "$f" ] || continue
    med() { sort -n -k"$1" "$f" | awk -v k="$1" -v n="$runs" 'NR == int((n + 1) / 2) { print $k }'; }
    echo "| $label | $name | $(med 1) | $(med 2) | $(med 3) | $(med 4) | $(awk '{ print $2 }' "$f" | paste -sd' ' -) |"
  done
done
