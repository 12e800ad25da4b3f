#!/usr/bin/env bash
# Regenerates the PostgreSQL migration set from the current model, as one "Initial" migration.
# Run it after merging a branch that changed the model (new entities, columns, indexes) and commit the result.
# The SQLite set (Migrations/Sqlite) is maintained as usual with
#   dotnet ef migrations add NAME --project src/KpiDashboard.Metrics --context KpiDbContext --output-dir Migrations/Sqlite
# Only use this script while no PostgreSQL deployment has applied the current Initial: once one has, add
# migrations instead (same command as below with a new NAME and without the rm).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-ef >/dev/null 2>&1 || dotnet tool install --global dotnet-ef --version 10.0.15
rm -rf src/KpiDashboard.Metrics/Migrations/Postgres
dotnet ef migrations add Initial \
  --project src/KpiDashboard.Metrics --startup-project src/KpiDashboard.Metrics \
  --context PostgresKpiDbContext \
  --output-dir Migrations/Postgres
echo "Regenerated src/KpiDashboard.Metrics/Migrations/Postgres; review and commit it."
