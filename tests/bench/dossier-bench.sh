#!/usr/bin/env bash
# Ingest of a synthetic dossier list (one province, 7 fields, a year of received dates) against sqlite3's .import of the
# same file: wall and CPU seconds, peak memory, the ratio, the batch's phases (kpi --verbose), then the same file again
# (nothing changes), a corrected list and its rollback. With KPI_BENCH_POSTGRES (a psql URL, e.g. postgresql://postgres@127.0.0.1:5432/postgres) and
# KPI_BENCH_NPGSQL (the same server as an Npgsql connection string without Database) the same on PostgreSQL against psql \copy.
# Usage: tests/bench/dossier-bench.sh [ROWS] (default 1000000). Needs sqlite3 and GNU time; uses the Release build, or the
# kpi.dll that KPI_DLL names (e.g. the ReadyToRun publish: dotnet publish src/KpiDashboard.Cli -c Release -r linux-x64 -o DIR). The units come from ../shared/data (or KPI_BENCH_UNITS).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1000000}"
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
list="$work/dossiers-$rows.csv"
[ -f "$list" ] || python3 - "$rows" "$list" <<'PY'
import random, datetime, sys
random.seed(1)
rows, path = int(sys.argv[1]), sys.argv[2]
start = datetime.date(2025, 1, 2)
fields = ["TSVTD", "SHTT", "TCDLCL", "HDKHCN", "NLNT", "BC", "VT"]
with open(path, "w") as f:
    f.write("dossier_code,procedure_code,field,province,commune,channel,received_at,due_at,handling_days,supplement_requests,supplement_days,finished_at,outcome\n")
    for i in range(rows):
        r = start + datetime.timedelta(days=random.randrange(0, 330))
        fin, out = "", ""
        if random.random() < 0.9:
            fin = (r + datetime.timedelta(days=random.randrange(0, 30))).isoformat()
            out = random.choice(["resolved"] * 8 + ["stopped", "refused"])
        f.write(f"HS{i:08d},1.00{random.randrange(1000, 9999)},{random.choice(fields)},25,,{random.choice(['online', 'offline'])},"
                f"{r.isoformat()},,{random.choice([3, 5, 7, 10, 15])},{random.choice([0, 0, 0, 1, 2])},{random.choice([0, 0, 1, 3])},{fin},{out}\n")
PY
kpi_dll="${KPI_DLL:-src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll}"
[ -f "$kpi_dll" ] || dotnet build src/KpiDashboard.Cli -c Release -v q >/dev/null

# timed LABEL CMD...: "LABEL: wall s, CPU s, peak MB" from GNU time; the command's output stays in $work/out.txt.
timed() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; return 1; }
  read -r wall user sys kb <"$work/time.txt"
  last_wall=$wall
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v k="$kb" 'BEGIN { printf "%s: %.2f s wall, %.2f s CPU, peak %.0f MB\n", l, w, u + s, k / 1024 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "ratio kpi/%s: %.1f×\n", "'"$3"'", a / b }'; }
phases() { grep -o 'Batch of .*' "$work/out.txt" | tail -n 1 || true; }

echo "rows: $rows ($(du -h "$list" | cut -f1)), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$work/kpi.db"* "$work/import.db"
# A database exists before any list comes: the units go in first, untimed (a new file's migrations would add 0.35–0.45 s).
units="${KPI_BENCH_UNITS:-../shared/data/vn-admin-units-2025.json}"
dotnet "$kpi_dll" --db "$work/kpi.db" units import "$units" >/dev/null
timed "SQLite kpi ingest" dotnet "$kpi_dll" --db "$work/kpi.db" --verbose ingest "$list"
kpi_wall=$last_wall
echo "  phases: $(phases)"
timed "SQLite kpi ingest of the same file again" dotnet "$kpi_dll" --db "$work/kpi.db" --verbose ingest "$list"
echo "  phases: $(phases)"
# A corrected list as an agency sends it again: every tenth finished dossier finishes a day later (within its month). Only
# those are rewritten (the replaced ones kept in ReplacedDossiers), then the correction is rolled back.
corrected="$work/dossiers-$rows-corrected.csv"
[ -f "$corrected" ] || awk -F, 'BEGIN { OFS = "," } NR > 1 && NR % 10 == 0 && $12 != "" { split($12, d, "-"); if (d[3] < 28) $12 = sprintf("%s-%s-%02d", d[1], d[2], d[3] + 1) } { print }' "$list" >"$corrected"
timed "SQLite kpi ingest of a corrected list" dotnet "$kpi_dll" --db "$work/kpi.db" --verbose ingest "$corrected"
echo "  phases: $(phases)"
timed "SQLite kpi batches rollback of the correction" dotnet "$kpi_dll" --db "$work/kpi.db" batches rollback "$(sqlite3 "$work/kpi.db" "SELECT MAX(Id) FROM Batches")"
echo "  $(tail -n 1 "$work/out.txt")"
timed "sqlite3 .import" sqlite3 "$work/import.db" ".import --csv $list d"
ratio "$kpi_wall" "$last_wall" "sqlite3 .import"
import_wall=$last_wall
# The engine's own floor on this schema: the stored dossiers into an empty Dossiers by .import, then its indexes as the
# migrations made them (from the catalogue). No reading of the list, no rules, no figures: no loader can do less.
sqlite3 -csv "$work/kpi.db" "SELECT * FROM Dossiers" >"$work/stored.csv"
rm -f "$work/floor.db"
sqlite3 "$work/kpi.db" "SELECT sql || ';' FROM sqlite_master WHERE name = 'Dossiers'" | sqlite3 "$work/floor.db"
timed "floor: sqlite3 .import of the stored dossiers into Dossiers" sqlite3 "$work/floor.db" ".import --csv $work/stored.csv Dossiers"
rows_wall=$last_wall
sqlite3 "$work/kpi.db" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'Dossiers' AND type = 'index' AND sql IS NOT NULL" >"$work/indexes.sql"
timed "floor: Dossiers' $(wc -l <"$work/indexes.sql") indexes" sqlite3 "$work/floor.db" ".read $work/indexes.sql"
awk -v r="$rows_wall" -v i="$last_wall" -v b="$import_wall" 'BEGIN { printf "floor: %.2f s, %.1f× sqlite3 .import\n", r + i, (r + i) / b }'

if [ -n "${KPI_BENCH_POSTGRES:-}" ] && [ -n "${KPI_BENCH_NPGSQL:-}" ]; then
  psql "$KPI_BENCH_POSTGRES" -qc "DROP DATABASE IF EXISTS kpi_bench_dossiers WITH (FORCE)" -c "CREATE DATABASE kpi_bench_dossiers" \
    -c "DROP DATABASE IF EXISTS kpi_bench_copy WITH (FORCE)" -c "CREATE DATABASE kpi_bench_copy"
  export Database__Provider=Postgres ConnectionStrings__Kpi="$KPI_BENCH_NPGSQL;Database=kpi_bench_dossiers"
  dotnet "$kpi_dll" units import "$units" >/dev/null
  timed "PostgreSQL kpi ingest" dotnet "$kpi_dll" --verbose ingest "$list"
  kpi_wall=$last_wall
  echo "  phases: $(phases)"
  timed "PostgreSQL kpi ingest of the same file again" dotnet "$kpi_dll" --verbose ingest "$list"
  echo "  phases: $(phases)"
  copy="${KPI_BENCH_POSTGRES%/*}/kpi_bench_copy"
  psql "$copy" -qc "CREATE TABLE d (dossier_code TEXT, procedure_code TEXT, field TEXT, province TEXT, commune TEXT, channel TEXT, received_at TEXT, due_at TEXT, handling_days TEXT, supplement_requests TEXT, supplement_days TEXT, finished_at TEXT, outcome TEXT)"
  timed "psql \\copy" psql "$copy" -qc "\\copy d FROM '$list' WITH (FORMAT csv, HEADER true)"
  ratio "$kpi_wall" "$last_wall" "psql \\copy"
fi
