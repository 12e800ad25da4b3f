#!/usr/bin/env bash
# Regenerates the compiled EF Core models (src/KpiDashboard.Metrics/CompiledModels/Sqlite and .../Postgres), which the
# command line and the web app load instead of building the model at every start. Run it after any model change
# (entities, configurations, indexes; after tests/regenerate-postgres-migrations.sh or a new SQLite migration) and commit
# the result: CompiledModelTests fails while they are stale. QueryFilters.cs in each folder is written by hand and kept.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-ef >/dev/null 2>&1 || dotnet tool install --global dotnet-ef --version 10.0.15
models=src/KpiDashboard.Metrics/CompiledModels
# Built without the old compiled models, which may no longer compile against the changed model.
dotnet build src/KpiDashboard.Metrics -c Release -nologo -v quiet -p:KpiWithoutCompiledModels=true
for pair in KpiDbContext:Sqlite PostgresKpiDbContext:Postgres; do
  context=${pair%%:*} provider=${pair##*:}
  find "$models/$provider" -name '*.cs' ! -name QueryFilters.cs -delete 2>/dev/null || true
  dotnet ef dbcontext optimize --no-build --configuration Release \
    --project src/KpiDashboard.Metrics --startup-project src/KpiDashboard.Metrics \
    --context "$context" --output-dir "CompiledModels/$provider" --namespace "KpiDashboard.Metrics.CompiledModels.$provider"
done
# The next ordinary build must compile them again.
dotnet build src/KpiDashboard.Metrics -c Release -nologo -v quiet
echo "Regenerated $models/Sqlite and $models/Postgres; review and commit them."
