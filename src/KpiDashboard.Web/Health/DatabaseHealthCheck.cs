using KpiDashboard.Metrics.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KpiDashboard.Web.Health;

/// <summary>
/// Readiness: the database answers a cheap query within <see cref="Timeout"/> (PostgreSQL: SELECT 1; SQLite: the
/// migrations history, read-only so that a vanished file is not created anew) and, on SQLite, passes quick_check.
/// </summary>
internal sealed class DatabaseHealthCheck(KpiDbContext db, SqliteQuickCheck quickCheck, ILogger<DatabaseHealthCheck> log) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            if (!db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1", timeout.Token);
                return HealthCheckResult.Healthy();
            }
            var connectionString = db.Database.GetConnectionString()!;
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder(SqliteFile.ReadOnly(connectionString)) { Pooling = false }.ToString()))
            {
                await connection.OpenAsync(timeout.Token);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM \"__EFMigrationsHistory\"";
                await command.ExecuteScalarAsync(timeout.Token);
            }
            var findings = await quickCheck.RunAsync(connectionString, timeout.Token);
            if (findings.Count == 0) return HealthCheckResult.Healthy();
            log.LogError("quick_check: {Findings}", string.Join("; ", findings.Take(10).Select(f => f.Message)));
            return HealthCheckResult.Unhealthy("quick_check");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log.LogError(e, "Cơ sở dữ liệu không sẵn sàng / the database is not ready");
            return HealthCheckResult.Unhealthy("database");
        }
    }
}
