#!/usr/bin/env bash
# E-mails per second of `kpi summaries send`: compose (figures, ScottPlot chart, Biểu 06 attachment) and deliver over
# SMTP on loopback, for one subscription per province (34) and one per commune of Phú Thọ (communes imported from
# the official list), on the demo data. Every run uses a fresh database, so the outbox sends every message once.
# Usage: bash tests/bench/email-bench.sh [PERIOD]   (default 2025-07; needs python3 for the SMTP sink)
set -euo pipefail
PERIOD="${1:-2025-07}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${PORT:-2526}"
WORK="$(mktemp -d)"
python3 "$ROOT/tests/bench/smtp-sink.py" "$PORT" "$WORK/count" &
SINK=$!
trap 'kill $SINK 2>/dev/null; rm -rf "$WORK"' EXIT
dotnet build "$ROOT/src/KpiDashboard.Cli" -c Release -v q --nologo >/dev/null
KPI=("dotnet" "$(find "$ROOT/src/KpiDashboard.Cli/bin/Release" -name kpi.dll | head -1)" --db "$WORK/bench.db")
"${KPI[@]}" demo >/dev/null
"${KPI[@]}" units import /work/shared/data/vn-admin-units-2025.json >/dev/null

python3 - "$WORK/subscriptions.csv" <<'PY'
import json, sys
units = json.load(open("/work/shared/data/vn-admin-units-2025.json", encoding="utf-8"))
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("email,name,scope,lang\n")
    for p in units:
        out.write(f"tinh{p['Code']}@bench.example.vn,Bench {p['Code']},province:{p['Code']},vi\n")
    for p in (p for p in units if p["Code"] == "25"):
        for w in p.get("Wards") or []:
            out.write(f"xa{w['Code']}@bench.example.vn,Bench {w['Code']},commune:{w['Code']},vi\n")
PY
"${KPI[@]}" subscriptions import "$WORK/subscriptions.csv" >/dev/null
SUBS=$(($(wc -l < "$WORK/subscriptions.csv") - 1))

export Smtp__Host=127.0.0.1 Smtp__Port="$PORT" Smtp__Security=None Smtp__From="Bench <bench@example.vn>"
export Summaries__UnsubscribeKey="$(head -c 32 /dev/urandom | base64)"
START=$(date +%s.%N)
/usr/bin/time -v -o "$WORK/time.txt" "${KPI[@]}" summaries send --period "$PERIOD" >"$WORK/send.txt"
END=$(date +%s.%N)
SENT=$(cat "$WORK/count" 2>/dev/null || echo 0)
ELAPSED=$(awk "BEGIN{print $END - $START}")
echo "subscriptions: $SUBS (34 provinces + communes of Phú Thọ), period $PERIOD"
echo "delivered to the loopback SMTP sink: $SENT"
printf 'wall time (whole kpi process): %.2f s, peak RSS %.1f MB\n' "$ELAPSED" "$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$WORK/time.txt")"
printf 'e-mails per second: %.1f\n' "$(awk "BEGIN{print $SENT / $ELAPSED}")"
"${KPI[@]}" summaries send --period "$PERIOD" >/dev/null
echo "second run delivered: $(( $(cat "$WORK/count") - SENT )) more (expected 0)"
