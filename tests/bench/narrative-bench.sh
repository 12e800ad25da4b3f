#!/usr/bin/env bash
# Time of the narrative extractor (in-process, after a warm-up) on ordinary prose and on the audit's hostile texts
# ("1 " repeated, "1 hồ sơ, " repeated, digit runs, "tháng" runs, Arabic-Indic digits) and on a report as officials
# write one ("article": paragraphs and a statistics table) at 10 KB, 100 KB and Narrative:MaxChars, to keep that limit
# where extraction stays well under a second and a 10 KB article under 50 ms.
# Usage: bash tests/bench/narrative-bench.sh [SIZES]   (default: 10000,100000 and the limit; e.g. 10000,100000,200000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
dotnet build "$ROOT/src/KpiDashboard.Cli" -c Release -v q --nologo >/dev/null
KPI=("dotnet" "$(find "$ROOT/src/KpiDashboard.Cli/bin/Release" -name kpi.dll | head -1)" --db "$WORK/bench.db")
# The bench reads units and fields from a database, and a read command never creates one: the official list makes it,
# so unit lookups cost what they cost in production.
"${KPI[@]}" units import "$ROOT/../shared/data/vn-admin-units-2025.json" >/dev/null
if [ $# -gt 0 ]; then "${KPI[@]}" bench narrative --sizes "$1"; else "${KPI[@]}" bench narrative; fi
