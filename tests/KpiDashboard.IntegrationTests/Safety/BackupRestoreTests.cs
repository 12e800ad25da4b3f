using System.Diagnostics;
using System.Text;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Safety;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Safety;

/// <summary>`kpi backup` and `kpi restore` on SQLite files (whatever the provider under test: they are about files).</summary>
[Trait("Database", "Sqlite")]
public sealed class BackupRestoreTests : DatabaseTest
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override async Task SeedAsync()
    {
        await IngestAsync(Database, "first.csv", Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
    }

    private string In(string name) => Path.Combine(Database.Folder, name);

    private static async Task IngestAsync(TestDatabase db, string name, string csv)
    {
        var file = Path.Combine(db.Folder, name);
        await File.WriteAllTextAsync(file, csv);
        var run = await KpiProcess.RunAsync(db, "ingest", file);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public async Task A_backup_taken_during_an_ingest_restores_with_all_or_none_of_the_batch()
    {
        string[] provinces, fields;
        await using (var context = Database.Open())
        {
            provinces = await context.Provinces.Select(p => p.Code).ToArrayAsync();
            fields = await context.Fields.Select(f => f.Code).ToArrayAsync();
        }
        var big = new StringBuilder(Csv.Header);
        for (var year = 2020; year <= 2023; year++)
            for (var month = 1; month <= 12; month++)
                foreach (var province in provinces)
                    foreach (var field in fields)
                        big.Append($"{year}-{month:00},{province},,{field},3,4,0,2,2,1,1,1\n");
        var file = In("big.csv");
        await File.WriteAllTextAsync(file, big.ToString());
        var batchRows = big.ToString().Count(c => c == '\n') - 1;

        using var ingest = Process.Start(KpiProcess.Start(Database, "ingest", file))!;
        var output = ingest.StandardOutput.ReadToEndAsync();
        var error = ingest.StandardError.ReadToEndAsync();
        var backups = new List<string>();
        while (!ingest.HasExited)
        {
            var backup = In($"during-{backups.Count}.db");
            await SqliteBackup.BackupAsync(Database.ConnectionString, backup, overwrite: false);
            backups.Add(backup);
            await Task.Delay(200);
        }
        await ingest.WaitForExitAsync();
        Assert.True(ingest.ExitCode == 0, await error + await output);
        Assert.NotEmpty(backups);

        // Every backup holds all or none of the batch; restoring one through `kpi restore` and checking it is slow
        // (two processes), so that is done for the first and the last backup and for one of each outcome.
        var outcomes = new List<(string Backup, bool WithBatch)>();
        foreach (var backup in backups)
        {
            await using var copy = KpiDatabase.Open(KpiDatabase.ConnectionStringForFile(backup) + ";Mode=ReadOnly");
            var facts = await copy.Facts.CountAsync();
            var batches = await copy.Batches.CountAsync();
            Assert.True((facts, batches) == (1, 1) || (facts, batches) == (1 + batchRows, 2), $"{backup}: {facts} facts in {batches} batches");
            outcomes.Add((backup, batches == 2));
        }
        SqliteConnection.ClearAllPools();
        var restoredOnes = new[] { outcomes[0], outcomes[^1] }
            .Concat(outcomes.GroupBy(o => o.WithBatch).Select(g => g.First())).Select(o => o.Backup).Distinct();
        foreach (var backup in restoredOnes)
        {
            var target = In($"restored-{Path.GetFileName(backup)}");
            var run = await KpiProcess.RunAsync("--db", target, "restore", backup);
            Assert.True(run.ExitCode == 0, run.Error);
            await using var restored = KpiDatabase.Open(KpiDatabase.ConnectionStringForFile(target));
            var facts = await restored.Facts.CountAsync();
            var batches = await restored.Batches.CountAsync();
            Assert.True((facts, batches) == (1, 1) || (facts, batches) == (1 + batchRows, 2), $"{backup}: {facts} facts in {batches} batches");
            var check = await KpiProcess.RunAsync("--db", target, "check");
            Assert.True(check.ExitCode == 0, check.Out);
        }
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_and_the_target_is_untouched()
    {
        var backup = In("backup.db");
        Assert.Equal(0, (await KpiProcess.RunAsync(Database, "backup", "--out", backup)).ExitCode);
        SqliteDamage.CorruptIndex(backup, KpiDatabase.NaturalKeyIndex);
        SqliteConnection.ClearAllPools();
        var before = SqliteDamage.Snapshot(Database.Path);

        var run = await KpiProcess.RunAsync(Database, "restore", backup, "--force");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the backup is damaged, nothing was replaced", run.Error);
        Assert.Equal(before, SqliteDamage.Snapshot(Database.Path));
        // No temporary file is left behind (SQLite's own -wal/-shm of a WAL database may come and go with its readers).
        Assert.Equal(["backup.db", "first.csv", "kpi.db"], Directory.GetFiles(Database.Folder).Select(Path.GetFileName)
            .Where(name => !name!.EndsWith("-wal", StringComparison.Ordinal) && !name.EndsWith("-shm", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task Backup_and_restore_replace_nothing_without_force_and_nothing_in_use()
    {
        var backup = In("backup.db");
        Assert.Equal(0, (await KpiProcess.RunAsync(Database, "backup", "--out", backup)).ExitCode);
        var again = await KpiProcess.RunAsync(Database, "backup", "--out", backup);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists; pass --force", again.Error);

        await IngestAsync(Database, "second.csv", Csv.Header + "2025-08,25,,SHTT,1,1,,,,,,\n");
        var noForce = await KpiProcess.RunAsync(Database, "restore", backup);
        Assert.Equal(2, noForce.ExitCode);
        Assert.Contains("already exists; pass --force", noForce.Error);

        SqliteConnection.ClearAllPools();
        await using (var user = new SqliteConnection(Database.ConnectionString))
        {
            // Another process (the web app, say) with the database open.
            await user.OpenAsync();
            await using var read = user.CreateCommand();
            read.CommandText = "SELECT count(*) FROM \"Facts\"";
            await read.ExecuteScalarAsync();
            var inUse = await KpiProcess.RunAsync(Database, "restore", backup, "--force");
            Assert.Equal(1, inUse.ExitCode);
            Assert.Contains("is in use", inUse.Error);
            Assert.Equal(2L, await read.ExecuteScalarAsync());
        }
        SqliteConnection.ClearAllPools();

        var restore = await KpiProcess.RunAsync(Database, "restore", backup, "--force");
        Assert.True(restore.ExitCode == 0, restore.Error);
        await using var restored = Database.Open();
        Assert.Equal(1, await restored.Facts.CountAsync());
    }

    [Fact]
    public async Task On_postgres_backup_and_restore_point_to_pg_dump_and_pg_restore()
    {
        foreach (var args in new[] { new[] { "backup", "--out", In("x.db") }, ["restore", In("x.db")] })
        {
            var start = KpiProcess.Start(null, args);
            start.Environment["Database__Provider"] = "Postgres";
            start.Environment["ConnectionStrings__Kpi"] = "Host=127.0.0.1;Port=1;Username=nobody;Database=none";
            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(2, process.ExitCode);
            Assert.Contains("pg_dump -Fc", error);
            Assert.False(File.Exists(In("x.db")));
        }
    }
}
