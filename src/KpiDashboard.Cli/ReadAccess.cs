using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Safety;
using Microsoft.Extensions.Configuration;

namespace KpiDashboard.Cli;

/// <summary>How a read command opens the database: an existing one, read-only, and only when fully migrated.</summary>
internal static class ReadAccess
{
    /// <summary>Points the configuration at a read-only connection; refuses a database file that does not exist.</summary>
    public static async Task OpenReadOnlyAsync(IConfiguration configuration, CancellationToken ct)
    {
        var (provider, connectionString) = CliConfiguration.Database(configuration);
        configuration["ConnectionStrings:Kpi"] = await ReadOnlyConnection.ForAsync(provider, connectionString, ct);
    }

    /// <summary>A read command cannot migrate, so it says what would.</summary>
    public static async Task RequireCurrentAsync(KpiDbContext db, CancellationToken ct)
    {
        switch (await MigrationStatus.ReadAsync(db, ct))
        {
            case MigrationState.NotKpiDatabase:
                throw new DatabaseRefusedException("đây không phải cơ sở dữ liệu KpiDashboard (không có lịch sử migration)",
                    "this is not a KpiDashboard database (no migrations history)");
            case MigrationState.NeedsUpgrade:
                throw new DatabaseRefusedException("cơ sở dữ liệu cần nâng cấp: chạy một lệnh ghi hoặc khởi động ứng dụng web",
                    "the database needs upgrading: run a write command or start the web app", badInput: false);
            case MigrationState.Newer:
                throw new DatabaseRefusedException("cơ sở dữ liệu do một phiên bản mới hơn tạo ra: dùng kpi mới hơn",
                    "the database was written by a newer version: use a newer kpi", badInput: false);
        }
    }
}
