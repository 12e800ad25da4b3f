#!/usr/bin/env bash
# The one test command: installs what the tests need, builds once, runs every test project,
# and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

results=tests/TestResults
rm -rf "$results"
mkdir -p "$results"

# 1. Prerequisites from Debian's packages: Chromium for the browser tests, DejaVu fonts for charts with
#    Vietnamese diacritics. A missing prerequisite makes the tests fail; it never skips them.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "warning: could not install ${missing[*]}; the tests that need them will fail"
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

# 2. Build once.
if ! dotnet build KpiDashboard.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# 3. Run every test project; each writes a TRX file whose counters are summed below.
status=0
broken=0
for project in tests/*/*Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  if ! dotnet test "$project" -c Release --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results"; then
    status=1
  fi
  [ -f "$results/$name.trx" ] || { echo "$name produced no results"; broken=$((broken + 1)); }
done

passed=0
failed=$broken
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  n=$(echo "$counters" | sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  # A test that did not run counts as failed: nothing here may be skipped.
  failed=$((failed + ${f:-0} + ${n:-0}))
done

[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
