using Microsoft.Data.Sqlite;
using KpiDashboard.Metrics.Data;

namespace KpiDashboard.Metrics.Safety;

/// <summary>
/// A consistent copy of a SQLite database through SQLite's online backup API, taken in one step under one read
/// snapshot: while the web app reads and an ingest writes, the copy has a batch entirely or not at all. It is written
/// beside the target and renamed into place only once it passes quick_check, as a single file (no -wal).
/// </summary>
public static class SqliteBackup
{
    public static async Task<string> BackupAsync(string connectionString, string target, bool overwrite, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full) && !overwrite)
            throw new DatabaseRefusedException($"{full} đã tồn tại; dùng --force để ghi đè", $"{full} already exists; pass --force to replace it");
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            throw new DatabaseRefusedException($"thư mục {folder} không tồn tại", $"folder {folder} does not exist");
        var temp = TempBeside(full, "backup");
        try
        {
            await CopyAsync(await SqliteFile.ReadingAsync(connectionString, ct), temp, ct);
            var problems = await SqliteIntegrity.RunOnFileAsync(temp, quick: true, ct);
            if (problems.Count > 0)
                throw new DatabaseRefusedException($"bản sao hỏng, cơ sở dữ liệu cần kiểm tra (kpi check): {problems[0].Message}",
                    $"the copy is damaged, check the database (kpi check): {problems[0].Message}", badInput: false);
            File.Move(temp, full, overwrite);
            return full;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Copies the database of <paramref name="sourceConnectionString"/> into a new single file.</summary>
    internal static async Task CopyAsync(string sourceConnectionString, string file, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(sourceConnectionString) { Pooling = false };
        await using var from = new SqliteConnection(source.ToString());
        await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await from.OpenAsync(ct);
        await to.OpenAsync(ct);
        from.BackupDatabase(to);
        await using var command = to.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE";
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A hidden file in the target's folder, so that the final rename stays on one file system (atomic).</summary>
    internal static string TempBeside(string target, string purpose) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{purpose}-{Guid.NewGuid():N}");
}
