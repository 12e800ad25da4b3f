using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace KpiDashboard.Metrics.Safety;

/// <summary>SQLite's own checks of the file: PRAGMA integrity_check, or the faster quick_check, then foreign_key_check.</summary>
public static class SqliteIntegrity
{
    public const string IntegrityCheck = "integrity_check";
    public const string QuickCheck = "quick_check";

    /// <summary>The problems SQLite reports (at most <paramref name="limit"/>); empty when the file is sound.</summary>
    public static async Task<IReadOnlyList<CheckFinding>> RunAsync(DbConnection connection, bool quick, int limit = 100, CancellationToken ct = default)
    {
        var pragma = quick ? QuickCheck : IntegrityCheck;
        var findings = new List<CheckFinding>();
        try
        {
            if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {pragma}({limit})";
            await using (var reader = await command.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                    if (reader.GetString(0) is var line && line != "ok") findings.Add(new CheckFinding(pragma, line));
            if (quick) return findings;
            command.CommandText = "PRAGMA foreign_key_check";
            await using var keys = await command.ExecuteReaderAsync(ct);
            while (await keys.ReadAsync(ct) && findings.Count < limit)
                findings.Add(new CheckFinding("foreign_key_check",
                    $"{keys.GetString(0)} rowid {(keys.IsDBNull(1) ? "?" : keys.GetInt64(1))}: no row in {keys.GetString(2)} / hàng tham chiếu không tồn tại"));
        }
        catch (SqliteException e)
        {
            findings.Add(new CheckFinding(pragma, $"không đọc được tệp / the file cannot be read: {e.Message}"));
        }
        return findings;
    }

    /// <summary>Runs the check on a file by itself, read-only.</summary>
    public static async Task<IReadOnlyList<CheckFinding>> RunOnFileAsync(string path, bool quick, CancellationToken ct = default)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        return await RunAsync(connection, quick, ct: ct);
    }
}
