#!/usr/bin/env bash
# Page weight: what a first visit to a page transfers (HTML, CSS, scripts, fonts, chart images), compressed as served.
# Usage: tests/bench/page-weight.sh [PATH ...]   (default: the overview and Phú Thọ's page for July 2025)
# Starts the web app (built beforehand: dotnet build src/KpiDashboard.Web) on a throwaway SQLite file with the demo
# data, dashboards public (Security:PublicReadOnly), and stops it at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${PORT:-5417}"
base="http://127.0.0.1:$port"
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=("/?period=2025-07" "/provinces/25?period=2025-07")

work="$(mktemp -d)"
# Its own process group, so that stopping it also stops the app under `dotnet run`.
ConnectionStrings__Kpi="Data Source=$work/kpi.db" Database__CreateIfMissing=true Security__PublicReadOnly=true Startup__UnitsFile="" \
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base" \
  setsid dotnet run --project "$root/src/KpiDashboard.Web" --no-build --no-launch-profile >"$work/app.log" 2>&1 &
app=$!
trap 'kill -- -$app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do curl -fs "$base/health/live" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/health/live" >/dev/null || { echo "the app did not start on $base:" >&2; cat "$work/app.log" >&2; exit 1; }

size() { curl -fs --compressed -o /dev/null -w '%{size_download}' "$base$1"; }

for path in "${paths[@]}"; do
  html="$(curl -fs --compressed "$base$path")"
  total=0
  printf '%-40s %8s\n' "$path" "bytes"
  n=$(size "$path"); total=$((total + n)); printf '  %-38s %8d\n' "html" "$n"
  # Stylesheets, scripts and images as the page names them (the 1x chart images: a 1x screen loads those).
  for url in $(grep -oE '(href|src)="/[^"]+\.(css|js)[^"]*"|<img src="[^"]+"' <<<"$html" | sed -E 's/^(href|src)="//; s/^<img src="//; s/"$//; s/&amp;/\&/g'); do
    n=$(size "$url"); total=$((total + n)); printf '  %-38s %8d\n' "${url:0:38}" "$n"
    if [[ "$url" == *.css* ]]; then
      dir="$(dirname "${url%%\?*}")"
      for font in $(curl -fs "$base$url" | grep -oE 'url\(files/[^)]+\.woff2\)' | sed -E 's/^url\(//; s/\)$//'); do
        n=$(size "$dir/$font"); total=$((total + n)); printf '  %-38s %8d\n' "${font:0:38}" "$n"
      done
    fi
  done
  printf '  %-38s %8d (%d kB)\n\n' "total" "$total" $((total / 1024))
done
