using KpiDashboard.Metrics.Safety;
using Npgsql;

namespace KpiDashboard.Metrics.Data;

/// <summary>Connection strings for commands that only read: they cannot write, and never create a database.</summary>
public static class ReadOnlyConnection
{
    public static async Task<string> ForAsync(DatabaseProvider provider, string connectionString, CancellationToken ct = default)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = new NpgsqlConnectionStringBuilder(connectionString);
            postgres.Options = $"{postgres.Options} -c default_transaction_read_only=on".Trim();
            return postgres.ToString();
        }
        var path = SqliteFile.PathOf(connectionString);
        if (!File.Exists(path))
            throw new DatabaseRefusedException(
                $"không có cơ sở dữ liệu tại {Path.GetFullPath(path)}: kiểm tra --db (lệnh đọc không tạo tệp mới)",
                $"no database at {Path.GetFullPath(path)}: check --db (a read command never creates one)");
        return await SqliteFile.ReadingAsync(connectionString, ct);
    }
}
