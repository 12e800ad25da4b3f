#!/usr/bin/env bash
# Ingest of a synthetic dossier list (one province, 7 fields, a year of received dates) against sqlite3's .import of the
# same file, with peak memory. Usage: tests/bench/dossier-bench.sh [ROWS] (default 100000). Needs sqlite3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
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
dotnet build src/KpiDashboard.Cli -c Release -v q >/dev/null
echo "rows: $rows ($(du -h "$work/dossiers.csv" | cut -f1))"
/usr/bin/time -f "kpi ingest: %e s, peak %M KB" dotnet src/KpiDashboard.Cli/bin/Release/net10.0/kpi.dll ingest "$work/dossiers.csv" --db "$work/kpi.db" >/dev/null
/usr/bin/time -f "sqlite3 .import: %e s, peak %M KB" sqlite3 "$work/import.db" ".import --csv $work/dossiers.csv d"
