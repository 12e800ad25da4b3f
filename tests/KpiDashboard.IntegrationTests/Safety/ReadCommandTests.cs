using System.Diagnostics;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;

namespace KpiDashboard.IntegrationTests.Safety;

/// <summary>Commands that read never write: not on read-only media, not a new file for a typo, not a migration.</summary>
public sealed class ReadCommandTests : DatabaseTest
{
    private static async Task IngestAsync(TestDatabase db)
    {
        var file = Path.Combine(db.Folder, "figures.csv");
        await File.WriteAllTextAsync(file, Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
        var run = await KpiProcess.RunAsync(db, "ingest", file);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public async Task A_read_command_on_a_missing_file_exits_2_naming_it_and_creates_nothing()
    {
        var typo = Path.Combine(Database.Folder, "typo.db");
        foreach (var args in new[] { new[] { "query", "--period", "2025-07" }, ["batches"], ["fields", "list"], ["check"], ["backup", "--out", typo + ".bak"] })
        {
            var run = await KpiProcess.RunAsync(null, ["--db", typo, .. args]);
            Assert.True(run.ExitCode == 2, $"{string.Join(' ', args)}: exit {run.ExitCode}, {run.Error}");
            Assert.Contains(typo, run.Error);
            Assert.False(File.Exists(typo), $"{string.Join(' ', args)} created {typo}");
        }
    }

    [Fact, Trait("Database", "Sqlite")]
    public async Task Read_commands_leave_the_file_unchanged_and_work_on_read_only_media()
    {
        // A SQLite file whatever the provider under test: media are about files.
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await IngestAsync(db);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var before = SqliteDamage.Snapshot(db.Path);
        var query = await KpiProcess.RunAsync(db, "query", "--period", "2025-07", "--province", "25", "--json");
        Assert.True(query.ExitCode == 0, query.Error);
        Assert.Contains("\"received\": 34", query.Out);
        Assert.Equal(before, SqliteDamage.Snapshot(db.Path));

        var media = Path.Combine(db.Folder, "media");
        Directory.CreateDirectory(media);
        await Shell("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", media);
        try
        {
            var copy = Path.Combine(media, "kpi.db");
            File.Copy(db.Path, copy);
            await Shell("mount", "-o", "remount,ro", media);
            var onMedia = SqliteDamage.Snapshot(copy);
            foreach (var args in new[] { new[] { "query", "--period", "2025-07", "--province", "25", "--json" }, ["batches"], ["check"],
                         ["fields", "list"], ["users", "list"], ["subscriptions", "list"], ["reconcile", "--period", "2025-07"],
                         ["report", "national", "--period", "2025-07", "--out", Path.Combine(db.Folder, "national.xlsx")],
                         ["export", "csv", "--period", "2025-07", "--out", Path.Combine(db.Folder, "facts.csv")],
                         ["backup", "--out", Path.Combine(db.Folder, "from-media.db")] })
            {
                var run = await KpiProcess.RunAsync(null, ["--db", copy, .. args]);
                Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: exit {run.ExitCode}, {run.Error}");
            }
            Assert.Equal(onMedia, SqliteDamage.Snapshot(copy));
            Assert.Equal(["kpi.db"], Directory.GetFiles(media).Select(Path.GetFileName));
        }
        finally
        {
            await Shell("umount", media);
        }
    }

    [Fact]
    public async Task A_read_command_on_a_database_needing_an_upgrade_says_so_and_leaves_it_as_it_was()
    {
        // PostgreSQL has a single migration so far: there the older database is one with no migration at all.
        var postgres = TestProvider.Current == DatabaseProvider.Postgres;
        await using var old = await TestDatabase.CreateAsync(TestProvider.Current, migration: postgres ? "0" : "20261128074021_AddPullSources");
        var before = await old.DumpAsync();
        var run = await KpiProcess.RunAsync(old, "query", "--period", "2025-07");
        Assert.Equal(postgres ? 2 : 1, run.ExitCode);
        Assert.Contains(postgres ? "this is not a KpiDashboard database (no migrations history)"
            : "the database needs upgrading: run a write command or start the web app", run.Error);
        Assert.Equal(before, await old.DumpAsync());

        // A write command upgrades it, and then reading works.
        await IngestAsync(old);
        Assert.Equal(0, (await KpiProcess.RunAsync(old, "query", "--period", "2025-07")).ExitCode);
    }

    private static async Task Shell(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)}: {error}");
    }
}
