#!/usr/bin/env bash
# The one test command: installs what the tests need, builds once, runs every test project,
# and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

results=tests/TestResults
rm -rf "$results"
mkdir -p "$results"

# 1. Prerequisites from Debian's packages: Chromium for the browser tests, DejaVu fonts for charts with
#    Vietnamese diacritics, PostgreSQL for the second pass of the integration tests. A missing prerequisite
#    makes the tests fail; it never skips them.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -n "$(pg_bin)" ] || missing+=(postgresql)
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

# 3. A throwaway PostgreSQL cluster on a free loopback port, owned by the postgres user when we are root
#    (initdb refuses root). It lives in a temporary folder and is stopped and removed on exit.
status=0
broken=0
pg_dir=""
stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  as_postgres "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
trap stop_postgres EXIT
start_postgres() {
  local bin port
  bin=$(pg_bin)
  [ -n "$bin" ] || { echo "PostgreSQL is not installed"; return 1; }
  pg_dir=$(mktemp -d /tmp/kpi-pg.XXXXXX)
  [ "$(id -u)" -ne 0 ] || chown postgres: "$pg_dir"
  port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  as_postgres "$bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log"; return 1; }
  # fsync off: a test cluster needs no durability across power loss (a killed client is still tested for).
  as_postgres "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$pg_dir/server.log"; return 1; }
  export KPI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}
# Without a server the PostgreSQL pass still runs, and its tests fail for want of KPI_TEST_POSTGRES.
start_postgres || { echo "PostgreSQL could not be started: the PostgreSQL pass will fail"; broken=$((broken + 1)); }

# 4. Run every test project; each writes a TRX file whose counters are summed below. The integration tests
#    run twice, once per database provider (KPI_TEST_PROVIDER); a test about one engine only (trait Database)
#    runs in that engine's pass. The passes run one after the other: run side by side, the two integration
#    passes' web hosts exhausted the user's inotify instances (128), and on two cores they took as long.
run_tests() { # project, TRX name, [filter]
  local filter=()
  [ -z "${3:-}" ] || filter=(--filter "$3")
  echo "== $2"
  if ! dotnet test "$1" -c Release --no-build -nologo "${filter[@]}" \
      --logger "trx;LogFileName=$2.trx" --logger "console;verbosity=minimal" --results-directory "$results"; then
    status=1
  fi
  [ -f "$results/$2.trx" ] || { echo "$2 produced no results"; broken=$((broken + 1)); }
}
for project in tests/*/*Tests.csproj; do
  name=$(basename "$project" .csproj)
  if [ "$name" = KpiDashboard.IntegrationTests ]; then
    KPI_TEST_PROVIDER=Sqlite run_tests "$project" "$name.Sqlite" "Database!=Postgres"
    KPI_TEST_PROVIDER=Postgres run_tests "$project" "$name.Postgres" "Database!=Sqlite"
  else
    run_tests "$project" "$name"
  fi
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
