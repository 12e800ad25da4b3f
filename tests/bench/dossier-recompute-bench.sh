#!/usr/bin/env bash
# `kpi dossiers recompute` of a year after a calendar import, with wall time, CPU and peak memory.
# Usage: tests/bench/dossier-recompute-bench.sh [ROWS] [COPIES] (defaults 100000 and 10: a year of 1,000,000 dossiers).
# The setup (not timed) ingests a synthetic list of ROWS dossiers like dossier-bench.sh (one province, 7 fields, received
# over 2025, 90% finished, due dates from handling_days) with `kpi ingest`, then copies them COPIES times over in SQL
# under new codes, since ingesting a million rows takes longer than the recompute being measured. The copies are valid
# dossiers (their due dates were computed by the ingest), so the stored figures are stale until the first recompute;
# that one is run before the calendar import (not timed). Then a 2025 schedule with Wednesday 18 June off replaces the
# shipped one (so Tết 2025 and 30/4–4/5 fall back to the Labour Code's days: many due dates move), and the recompute
# of 2025 is timed. Needs sqlite3 and GNU time. BENCH_DIR keeps the database (default: a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-100000}"
copies="${2:-10}"
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
python3 - "$rows" "$work/dossiers.csv" <<'PY'
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
printf 'date,kind,source\n2025-06-18,off,Lịch thử của phép đo\n' > "$work/2025.csv"
dotnet build src/KpiDashboard.Cli -c Release -v q >/dev/null
kpi() { dotnet src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll "$@" --db "$work/kpi.db"; }
rm -f "$work/kpi.db" "$work/kpi.db-wal" "$work/kpi.db-shm"
/usr/bin/time -f "setup: kpi ingest of $rows rows: %e s" dotnet src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll ingest "$work/dossiers.csv" --db "$work/kpi.db" >/dev/null
columns='"UnitCode","ProvinceCode","CommuneCode","ProcedureCode","ProcedureName","FieldCode","Online","ReceivedOn","DueOn","HandlingDays","DueFromHandlingDays","SupplementRequests","SupplementDays","FinishedOn","Outcome","BatchId","OldProvinceCode","OldCommuneCode"'
sqlite3 "$work/kpi.db" "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < $copies - 1)
  INSERT INTO \"Dossiers\" (\"Code\", $columns) SELECT \"Code\" || '-' || k.n, $columns FROM \"Dossiers\", k;"
echo "dossiers: $(sqlite3 "$work/kpi.db" 'SELECT COUNT(*) FROM "Dossiers"'), facts: $(sqlite3 "$work/kpi.db" 'SELECT COUNT(*) FROM "Facts"')"
/usr/bin/time -f "setup: first recompute (the copies' figures): %e s" dotnet src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll dossiers recompute --db "$work/kpi.db"
kpi calendar import "$work/2025.csv"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "kpi dossiers recompute --from 2025-01 --to 2025-12: %e s wall, %U s user, %S s system, peak %M KB" \
  dotnet src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll dossiers recompute --from 2025-01 --to 2025-12 --db "$work/kpi.db"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "a second recompute (nothing changes): %e s wall, %U s user, peak %M KB" \
  dotnet src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll dossiers recompute --from 2025-01 --to 2025-12 --db "$work/kpi.db"
