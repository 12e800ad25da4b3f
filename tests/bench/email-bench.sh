#!/usr/bin/env bash
# E-mails per second of `kpi summaries send`: compose (figures, ScottPlot trend chart, province map, Biểu 06 attachment)
# and deliver over SMTP to a loopback sink. The demo data is loaded after the official commune list, so it has commune
# figures; one subscription per unit: the 34 provinces and the 3,321 communes (UNITS=all, the default) or the 148
# communes of Phú Thọ (UNITS=phutho). Every run uses a fresh database, so the outbox sends every message once; a second
# run must deliver nothing more. `kpi --verbose` logs each message's compose phases; their means are printed after.
# Usage: [UNITS=all|phutho] [PORT=2526] [KEEP=DIR] bash tests/bench/email-bench.sh [PERIOD]   (default 2025-07; needs python3, sqlite3)
set -euo pipefail
PERIOD="${1:-2025-07}"
UNITS="${UNITS:-all}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${PORT:-2526}"
WORK="$(mktemp -d)"
python3 "$ROOT/tests/bench/smtp-sink.py" "$PORT" "$WORK/count" &
SINK=$!
trap 'kill $SINK 2>/dev/null; [ -n "${KEEP:-}" ] && cp "$WORK"/*.txt "$KEEP"/ 2>/dev/null; rm -rf "$WORK"' EXIT
dotnet build "$ROOT/src/KpiDashboard.Cli" -c Release -v q --nologo >/dev/null
KPI=("dotnet" "$(find "$ROOT/src/KpiDashboard.Cli/bin/Release" -name kpi.dll | head -1)" --db "$WORK/bench.db")
"${KPI[@]}" units import /work/shared/data/vn-admin-units-2025.json >/dev/null
"${KPI[@]}" demo >/dev/null

python3 - "$WORK/subscriptions.csv" "$UNITS" <<'PY'
import json, sys
units = json.load(open("/work/shared/data/vn-admin-units-2025.json", encoding="utf-8"))
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("email,name,scope,lang\n")
    for p in units:
        out.write(f"tinh{p['Code']}@bench.example.vn,Bench {p['Code']},province:{p['Code']},vi\n")
    for p in (p for p in units if sys.argv[2] == "all" or p["Code"] == "25"):
        for w in p.get("Wards") or []:
            out.write(f"xa{w['Code']}@bench.example.vn,Bench {w['Code']},commune:{w['Code']},vi\n")
PY
"${KPI[@]}" subscriptions import "$WORK/subscriptions.csv" >/dev/null
SUBS=$(($(wc -l < "$WORK/subscriptions.csv") - 1))
FACTS=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM Facts")
COMMUNE_FACTS=$(sqlite3 "$WORK/bench.db" "SELECT COUNT(*) FROM Facts WHERE Period = ${PERIOD/-/} AND CommuneCode IS NOT NULL")

export Smtp__Host=127.0.0.1 Smtp__Port="$PORT" Smtp__Security=None Smtp__From="Bench <bench@example.vn>"
export Summaries__UnsubscribeKey="$(head -c 32 /dev/urandom | base64)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
START=$(date +%s.%N)
/usr/bin/time -v -o "$WORK/time.txt" "${KPI[@]}" --verbose summaries send --period "$PERIOD" >"$WORK/send.txt" 2>"$WORK/verbose.txt"
END=$(date +%s.%N)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
SENT=$(cat "$WORK/count" 2>/dev/null || echo 0)
CONNECTIONS=$(cat "$WORK/count.connections" 2>/dev/null || echo 0)
ELAPSED=$(awk "BEGIN{print $END - $START}")
echo "code: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "$ROOT")"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version)"
echo "data: demo with commune figures, $FACTS facts ($COMMUNE_FACTS commune facts in $PERIOD), SQLite $(du -m "$WORK/bench.db" | cut -f1) MB"
echo "subscriptions: $SUBS (UNITS=$UNITS), period $PERIOD"
echo "delivered to the loopback SMTP sink: $SENT over $CONNECTIONS SMTP connection(s)"
printf 'wall time (whole kpi process): %.2f s, CPU %s s user + %s s system, peak RSS %.1f MB\n' "$ELAPSED" \
  "$(awk -F': ' '/User time/ {print $2}' "$WORK/time.txt")" "$(awk -F': ' '/System time/ {print $2}' "$WORK/time.txt")" \
  "$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$WORK/time.txt")"
printf 'e-mails per second: %.1f\n' "$(awk "BEGIN{print $SENT / $ELAPSED}")"
echo "load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
# Each message's compose phases (wall ms, inside the process; in parallel runs they overlap).
awk '/Summary composed for/ {
  for (i = 1; i <= NF; i++) if ($(i+1) == "ms," || $(i+1) == "ms") { name = $(i-1); sum[name] += $i; if (name == "total") n++ }
} /SMTP transaction/ { smtp += $(NF-1); m++ }
END { if (n) { printf "compose, mean ms per message over %d:", n; for (k in sum) printf " %s %.1f", k, sum[k] / n; printf "\n" }
      if (m) printf "SMTP transaction, mean ms per message: %.1f\n", smtp / m }' "$WORK/verbose.txt"
"${KPI[@]}" summaries send --period "$PERIOD" >/dev/null
echo "second run delivered: $(( $(cat "$WORK/count") - SENT )) more (expected 0)"
