using KpiDashboard.Metrics.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Safety;

/// <summary>
/// Replaces a SQLite database with a backup, only once the backup has proved sound: integrity_check on the file, a
/// KpiDashboard migration history no newer than this program, then a copy beside the target, migrated if older and
/// passing every check of <see cref="DatabaseCheck"/>. The copy then takes the target's name in one rename, while this
/// process holds the target exclusively: a target another process has open is refused, never swapped under it.
/// </summary>
public static class SqliteRestore
{
    public sealed record Outcome(string Target, bool Migrated, long Facts);

    public static async Task<Outcome> RestoreAsync(string backup, string targetConnectionString, bool overwrite, CancellationToken ct = default)
    {
        var source = Path.GetFullPath(backup);
        if (!File.Exists(source))
            throw new DatabaseRefusedException($"{source}: không tìm thấy tệp", $"{source}: file not found");
        var target = Path.GetFullPath(SqliteFile.PathOf(targetConnectionString));
        if (source == target)
            throw new DatabaseRefusedException($"{source} chính là cơ sở dữ liệu đích", $"{source} is the target database itself");
        if (File.Exists(target) && !overwrite)
            throw new DatabaseRefusedException($"{target} đã tồn tại; dùng --force để thay", $"{target} already exists; pass --force to replace it");
        if (!Directory.Exists(Path.GetDirectoryName(target)))
            throw new DatabaseRefusedException($"thư mục của {target} không tồn tại", $"the folder of {target} does not exist");

        var damage = await SqliteIntegrity.RunOnFileAsync(source, quick: false, ct);
        if (damage.Count > 0) throw Refused(source, "tệp sao lưu hỏng", "the backup is damaged", damage);

        var temp = SqliteBackup.TempBeside(target, "restore");
        try
        {
            await SqliteBackup.CopyAsync(SqliteFile.ReadOnly(KpiDatabase.ConnectionStringForFile(source)), temp, ct);
            bool migrated;
            long facts;
            await using (var db = KpiDatabase.Open(KpiDatabase.ConnectionStringForFile(temp)))
            {
                var state = await MigrationStatus.ReadAsync(db, ct);
                if (state == MigrationState.NotKpiDatabase)
                    throw new DatabaseRefusedException($"{source} không phải cơ sở dữ liệu KpiDashboard (không có lịch sử migration)",
                        $"{source} is not a KpiDashboard database (no migrations history)");
                if (state == MigrationState.Newer)
                    throw new DatabaseRefusedException($"{source} do một phiên bản mới hơn tạo ra", $"{source} was written by a newer version of KpiDashboard");
                migrated = state == MigrationState.NeedsUpgrade;
                if (migrated) await new DatabaseMigrator(db).MigrateAsync(ct);
                var findings = await new DatabaseCheck(db).RunAsync(quick: false, ct);
                if (findings.Count > 0) throw Refused(source, "bản sao lưu không qua kiểm tra", "the backup fails the checks", findings);
                facts = await db.Facts.LongCountAsync(ct);
            }
            // The copy's last connection closes here, folding its -wal into the file.
            SqliteConnection.ClearAllPools();
            await ReplaceAsync(temp, target, ct);
            return new Outcome(target, migrated, facts);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var leftover in new[] { temp, temp + "-wal", temp + "-shm", temp + "-journal" }) File.Delete(leftover);
        }
    }

    private static async Task ReplaceAsync(string temp, string target, CancellationToken ct)
    {
        if (!File.Exists(target))
        {
            File.Move(temp, target);
            return;
        }
        var builder = new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 2 };
        await using var holder = new SqliteConnection(builder.ToString());
        try
        {
            await holder.OpenAsync(ct);
            await using var command = holder.CreateCommand();
            // Leaving WAL needs the only connection to the file: any other process that has it open makes this fail.
            command.CommandText = "PRAGMA journal_mode=DELETE";
            var mode = (string?)await command.ExecuteScalarAsync(ct);
            if (!string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase)) throw InUse(target);
            command.CommandText = "BEGIN EXCLUSIVE";
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw InUse(target);
        }
        File.Move(temp, target, overwrite: true);
        // Journals beside the name belong to the replaced file; left there they would be applied to the restored one.
        foreach (var stale in new[] { target + "-wal", target + "-shm", target + "-journal" }) File.Delete(stale);
    }

    private static DatabaseRefusedException InUse(string target) =>
        new($"{target} đang được dùng (ứng dụng web hoặc một lệnh kpi): dừng chúng rồi khôi phục lại; không có gì bị thay",
            $"{target} is in use (by the web app or a kpi command): stop them and restore again; nothing was replaced", badInput: false);

    private static DatabaseRefusedException Refused(string source, string vi, string en, IReadOnlyList<CheckFinding> findings)
    {
        var list = string.Join("; ", findings.Take(5).Select(f => $"{f.Check}: {f.Message}"));
        return new DatabaseRefusedException($"{source}: {vi}, không có gì bị thay ({list})", $"{source}: {en}, nothing was replaced ({list})");
    }
}
