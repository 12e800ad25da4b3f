#!/usr/bin/env bash
# Issue 17, target 2: what the engines themselves need to load a first national file into this schema. After
# `tests/bench/run.sh ingest` (BENCH_DIR then holds ingest.db with the first load, and KPI_BENCH_PGDB the same on
# PostgreSQL), the first batch's facts go into an empty table shaped as Facts with each engine's own bulk loader (sqlite3
# .import, psql \copy), Facts' indexes are then built as the migrations define them (read from the catalogue), and both
# are set beside the loader into a bare table of the file's 12 text columns (run.sh's yardstick). No parsing, no
# validation, no summaries, no submissions: no loader of this schema can do less. Median of BENCH_RUNS (default 3).
# Usage: BENCH_DIR=/tmp/kpi-bench [KPI_BENCH_POSTGRES=postgresql://postgres@host:port/postgres KPI_BENCH_PGDB=kpi_bench] \
#          tests/bench/ingest-floor.sh
set -euo pipefail
work=${BENCH_DIR:?set BENCH_DIR to the folder of run.sh ingest}
runs=${BENCH_RUNS:-3}
db=$work/ingest.db
big=$work/figures-1m.csv
[ -f "$db" ] && [ -f "$big" ] || { echo "run tests/bench/run.sh ingest with BENCH_DIR=$work first" >&2; exit 2; }
floor=$work/floor
mkdir -p "$floor"

seconds() { # command...: wall seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
bare_columns="period TEXT, province TEXT, commune TEXT, field TEXT, received_online INTEGER, received_offline INTEGER, carried_over INTEGER, resolved_early INTEGER, resolved_on_time INTEGER, resolved_late INTEGER, pending_within INTEGER, pending_overdue INTEGER"

first_batch="SELECT * FROM Facts WHERE BatchId = (SELECT MIN(BatchId) FROM Facts)"
sqlite3 -csv "$db" "$first_batch" >"$floor/facts.csv"
rows=$(wc -l <"$floor/facts.csv")
sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE name = 'Facts'" >"$floor/table.sql"
sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'Facts' AND type = 'index' AND sql IS NOT NULL" >"$floor/indexes.sql"
indexes=$(wc -l <"$floor/indexes.sql")

echo "## The engines' floor for a first load of $rows facts into this schema ($(date -u '+%Y-%m-%d %H:%M') UTC)"
echo "Load average before: $(uptime | sed 's/.*load average: //')"
echo
echo "| engine | bare table (the yardstick) s | rows into Facts s | $indexes indexes s | floor s | floor / yardstick |"
echo "|---|---|---|---|---|---|"
b="" r="" i=""
for _ in $(seq 1 "$runs"); do
  rm -f "$floor/bare.db" "$floor/facts.db"
  sqlite3 "$floor/bare.db" "CREATE TABLE bare ($bare_columns);"
  b+=" $(seconds sqlite3 "$floor/bare.db" -cmd ".mode csv" ".import --skip 1 $big bare")"
  sqlite3 "$floor/facts.db" <"$floor/table.sql"
  r+=" $(seconds sqlite3 "$floor/facts.db" -cmd ".mode csv" ".import $floor/facts.csv Facts")"
  i+=" $(seconds sqlite3 "$floor/facts.db" ".read $floor/indexes.sql")"
done
b=$(median <<<"${b# }") r=$(median <<<"${r# }") i=$(median <<<"${i# }")
f=$(awk -v a="$r" -v c="$i" 'BEGIN { printf "%.2f", a + c }')
echo "| SQLite | $b | $r | $i | $f | $(ratio "$f" "$b") |"

if [ -n "${KPI_BENCH_POSTGRES:-}" ]; then
  pg="${KPI_BENCH_POSTGRES%/*}/${KPI_BENCH_PGDB:-kpi_bench}"
  export PGOPTIONS="-c client_min_messages=warning"
  psql "$pg" -qc "\\copy (SELECT * FROM \"Facts\" WHERE \"BatchId\" = (SELECT MIN(\"BatchId\") FROM \"Facts\")) TO '$floor/pg-facts.csv' WITH (FORMAT csv)"
  # The same statements as the migrations made, on a table of the same shape and key.
  psql "$pg" -Atc "SELECT replace(replace(indexdef, 'public.\"Facts\"', 'kpi_floor_facts'), 'INDEX \"', 'INDEX \"kpi_floor_') || ';' FROM pg_indexes
    WHERE tablename = 'Facts' AND indexname <> 'PK_Facts'" >"$floor/pg-indexes.sql"
  b="" r="" i=""
  for _ in $(seq 1 "$runs"); do
    psql "$pg" -qc "DROP TABLE IF EXISTS kpi_floor_bare" -c "CREATE TABLE kpi_floor_bare ($bare_columns)" \
      -c "DROP TABLE IF EXISTS kpi_floor_facts" -c "CREATE TABLE kpi_floor_facts (LIKE \"Facts\" INCLUDING DEFAULTS)" \
      -c "ALTER TABLE kpi_floor_facts ADD PRIMARY KEY (\"Id\")"
    b+=" $(seconds psql "$pg" -qc "\\copy kpi_floor_bare FROM '$big' WITH (FORMAT csv, HEADER true)")"
    r+=" $(seconds psql "$pg" -qc "\\copy kpi_floor_facts FROM '$floor/pg-facts.csv' WITH (FORMAT csv)")"
    i+=" $(seconds psql "$pg" -q -f "$floor/pg-indexes.sql")"
  done
  psql "$pg" -qc "DROP TABLE kpi_floor_bare" -c "DROP TABLE kpi_floor_facts"
  b=$(median <<<"${b# }") r=$(median <<<"${r# }") i=$(median <<<"${i# }")
  f=$(awk -v a="$r" -v c="$i" 'BEGIN { printf "%.2f", a + c }')
  echo "| PostgreSQL | $b | $r | $i | $f | $(ratio "$f" "$b") |"
fi
echo
echo "Load average after: $(uptime | sed 's/.*load average: //')"
