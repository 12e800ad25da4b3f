using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Safety;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// Before the start migrates: a missing SQLite file is created only at the default path or with
/// Database:CreateIfMissing=true, so a mistyped ConnectionStrings:Kpi fails instead of starting an empty database; and
/// an empty (0-byte) file is never taken for a new database and filled with demo data.
/// </summary>
internal static class DatabaseStartGuard
{
    public static void Check(IConfiguration configuration, DatabaseOptions settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite) return;
        var configured = configuration.GetConnectionString("Kpi");
        var atDefault = string.IsNullOrWhiteSpace(configured);
        var path = SqliteFile.PathOf(atDefault ? MetricsServiceCollectionExtensions.DefaultConnectionString() : configured!);
        // In-memory and URI databases are the tools' own business.
        if (path.Length == 0 || path.StartsWith(':') || path.StartsWith("file:", StringComparison.Ordinal)) return;
        var file = new FileInfo(path);
        if (file.Exists && file.Length == 0)
            throw new DatabaseRefusedException(
                $"{file.FullName} là tệp rỗng (0 byte), không phải cơ sở dữ liệu KpiDashboard: xóa nó để tạo mới, hoặc khôi phục bản sao lưu (kpi restore)",
                $"{file.FullName} is an empty file (0 bytes), not a KpiDashboard database: delete it to start afresh, or restore a backup (kpi restore)");
        if (!file.Exists && !atDefault && !settings.CreateIfMissing)
            throw new DatabaseRefusedException(
                $"không có cơ sở dữ liệu tại {file.FullName} (ConnectionStrings:Kpi): kiểm tra đường dẫn, hoặc đặt Database:CreateIfMissing=true để tạo mới",
                $"no database at {file.FullName} (ConnectionStrings:Kpi): check the path, or set Database:CreateIfMissing=true to create one");
    }
}
